/**
 * The one tsdown configuration every public package builds with (issue 12): ESM JavaScript, `.d.ts`
 * with declaration maps, and source maps, into `dist/`, one output per subpath the package's
 * `exports` name (`"./xml": "./src/xml/index.ts"` builds `dist/xml.js` and `dist/xml.d.ts`). The
 * workspace itself resolves `exports` to the TypeScript sources; `publishConfig.exports`, which
 * pnpm puts in the packed manifest, names these built files, and `scripts/publish-manifest.test.ts`
 * checks that the two agree. Dependencies and peer dependencies stay external (tsdown's default).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UserConfig } from 'tsdown';

/** The output name of a subpath: `.` is `index`, `./xml` is `xml`, `./node/x` is `node-x`. */
export function outputName(subpath: string): string {
  return subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-');
}

/**
 * The tsdown configuration of the package in `directory`.
 *
 * @param platform - `neutral` for code that runs in browsers and Node alike, `node` for Node-only
 * packages, `browser` for the React kit.
 * @param extraEntries - outputs no subpath names: a `bin`, a worker thread's entry.
 */
export function libraryBuild(
  directory: string,
  platform: 'neutral' | 'node' | 'browser',
  extraEntries: Record<string, string> = {},
): UserConfig {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
    exports: Record<string, string>;
  };
  const entry: Record<string, string> = {};
  const copy: string[] = [];
  for (const [subpath, source] of Object.entries(manifest.exports)) {
    // Anything but code (the React kit's stylesheet) ships as it is, at dist/ under its own name.
    if (source.endsWith('.ts') || source.endsWith('.tsx')) entry[outputName(subpath)] = source;
    else copy.push(source);
  }
  Object.assign(entry, extraEntries);
  return {
    cwd: directory,
    entry,
    format: 'esm',
    platform,
    target: 'node20.19',
    outDir: 'dist',
    // `.js` and `.d.ts` on every platform (tsdown would write `.mjs` for node): the packages are
    // `"type": "module"`, and one naming keeps `publishConfig.exports` the same everywhere.
    fixedExtension: false,
    copy,
    clean: true,
    sourcemap: true,
    dts: { sourcemap: true, tsconfig: join(directory, '../../tsconfig.json') },
  };
}
