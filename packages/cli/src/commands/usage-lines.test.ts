import { ENVIRONMENTS } from '@fatoora/core/model';
import { describe, expect, it } from 'vitest';
import { loadCommand } from '../main.ts';
import { USAGE_LINES } from './usage-lines.ts';

describe('the commands’ synopses', () => {
  it.each(Object.entries(USAGE_LINES))('%s’s help opens with its synopsis line', async (name, line) => {
    const command = await loadCommand(name);
    expect(command?.help.split('\n')[0]).toBe(line);
  });

  it('lists for csr --env exactly the environments of core’s table', () => {
    expect(USAGE_LINES.csr).toContain(`--env ${Object.keys(ENVIRONMENTS).join('|')}`);
  });

  it('loads nothing for a name that is not a command', async () => {
    expect(await loadCommand('toString')).toBeUndefined();
  });
});
