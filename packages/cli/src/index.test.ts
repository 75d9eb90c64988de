import { describe, expect, it } from 'vitest';
import * as cli from './index.ts';

describe('the public API of @fatoora/cli', () => {
  it('exports exactly these names, so that a change to the surface is a deliberate one', () => {
    expect(Object.keys(cli).sort()).toEqual(['main']);
  });
});
