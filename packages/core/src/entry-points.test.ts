/**
 * Every subpath entry point of `@fatoora/core` (`@fatoora/core/xml`, `/signing`, …: each one its
 * package.json `exports` lists besides the root, which public-api.test.ts locks) exports exactly
 * the runtime names in this file's snapshot, so that a change to any public surface is a
 * deliberate one, seen in review. A new subpath fails here until its snapshot is written
 * (`vitest -u`); in CI, where snapshots are never written, it simply fails.
 */
import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

const entries = Object.entries(manifest.exports).filter(([subpath]) => subpath !== '.');

/** Each entry point's module, loaded the way a consumer's import resolves it. */
const modules = import.meta.glob<Record<string, unknown>>('./*/index.ts');

describe('@fatoora/core entry points', () => {
  it('lists every subpath with an index.ts beside the others', () => {
    for (const [subpath, target] of entries) {
      expect(target, subpath).toBe(`./src/${subpath.slice(2)}/index.ts`);
      expect(Object.keys(modules), subpath).toContain(`./${subpath.slice(2)}/index.ts`);
    }
  });

  it.each(entries.map(([subpath]) => subpath))('%s exports exactly its snapshot', async (subpath) => {
    const load = modules[`./${subpath.slice(2)}/index.ts`];
    expect(load, subpath).toBeDefined();
    const module = await load!();
    expect(Object.keys(module).sort()).toMatchSnapshot();
  });
});
