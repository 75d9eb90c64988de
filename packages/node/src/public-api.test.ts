import { describe, expect, it } from 'vitest';
import * as node from './index.ts';

describe('@fatoora/node public surface', () => {
  it('exports exactly the documented runtime names (update this list deliberately)', () => {
    expect(Object.keys(node).sort()).toEqual(['FileEgsStore', 'PostgresEgsStore']);
  });
});
