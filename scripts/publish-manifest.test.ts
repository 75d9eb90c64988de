/**
 * What each public package ships (issue 12): the workspace resolves `exports` and `bin` to the
 * TypeScript sources, while `publishConfig`, which pnpm writes into the packed manifest, must name
 * the files the build writes for them (scripts/library-build.ts). This keeps the two in step: a
 * subpath added to `exports` without its built twin would install as a hole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputName } from './library-build.ts';

const packagesDirectory = new URL('../packages/', import.meta.url).pathname;

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
  readonly exports: Record<string, string>;
  readonly bin?: Record<string, string>;
  readonly files?: readonly string[];
  readonly publishConfig?: {
    readonly exports?: Record<string, string | Record<string, string>>;
    readonly bin?: Record<string, string>;
  };
}

const publicPackages = readdirSync(packagesDirectory)
  .map(
    (folder) => JSON.parse(readFileSync(join(packagesDirectory, folder, 'package.json'), 'utf8')) as Manifest,
  )
  .filter((manifest) => !manifest.private);

/** What `publishConfig.exports` must say for one workspace export. */
function builtExport(subpath: string, source: string): string | Record<string, string> {
  if (!/\.tsx?$/.test(source)) return `./dist/${source.split('/').pop()}`;
  const name = outputName(subpath);
  // `types` first: TypeScript takes the first condition it knows, and `default` matches all.
  return { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` };
}

describe('published manifests', () => {
  it('covers the five public packages', () => {
    expect(publicPackages.map((manifest) => manifest.name).sort()).toEqual([
      '@fatoora/cli',
      '@fatoora/core',
      '@fatoora/node',
      '@fatoora/react',
      '@fatoora/simulator',
    ]);
  });

  for (const manifest of publicPackages) {
    it(`${manifest.name}: publishConfig names the built twin of every export and bin`, () => {
      const expectedExports = Object.fromEntries(
        Object.entries(manifest.exports).map(([subpath, source]) => [subpath, builtExport(subpath, source)]),
      );
      expect(manifest.publishConfig?.exports).toEqual(expectedExports);
      for (const conditions of Object.values(manifest.publishConfig?.exports ?? {})) {
        if (typeof conditions === 'object') expect(Object.keys(conditions)[0]).toBe('types');
      }
      const expectedBin = Object.fromEntries(
        Object.entries(manifest.bin ?? {}).map(([command, source]) => [
          command,
          source.replace(/^\.\/src\/(.+)\.ts$/, './dist/$1.js'),
        ]),
      );
      expect(manifest.publishConfig?.bin ?? {}).toEqual(expectedBin);
      expect(manifest.files).toContain('dist');
    });
  }
});
