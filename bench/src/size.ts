/**
 * `pnpm size`: what the packages weigh as a user installs them (issue 12 §5), measured on the
 * built, packed packages, never on the workspace's sources:
 * - the browser budget: `signInvoice`, `verifyInvoice` and `encodeQr` from the installed
 *   @fatoora/core, bundled for the browser by esbuild (minified, tree-shaken) and gzipped at level 9,
 *   with the heaviest inputs listed; exits 1 over `budget.json` (60 KB);
 * - the whole of @fatoora/core (every subpath) and of @fatoora/react (its peers and core left
 *   out), minified and gzipped;
 * - each tarball: packed and unpacked (installed) size.
 *
 *   pnpm size                                  builds, packs and installs the packages first
 *   pnpm size --installed <folder> --tarballs <dir>
 *       measures a folder where the tarballs in <dir> are already installed with react and
 *       react-dom (scripts/consumer-check.sh passes its React consumer)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import budget from './budget.json' with { type: 'json' };

/** Core's budget in KB (1024 bytes), gzip level 9; the demo's build report reads the same file. */
const BUDGET_KB = budget.coreGzipKb;
const repositoryRoot = new URL('../../', import.meta.url).pathname;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

interface Bundle {
  readonly minified: number;
  readonly gzipped: number;
  /** Minified bytes each package contributes, heaviest first. */
  readonly byPackage: readonly (readonly [string, number])[];
}

/** Bundles `contents` for the browser, resolving packages from `folder`'s node_modules. */
async function bundle(contents: string, folder: string, external: readonly string[] = []): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: folder, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    legalComments: 'none',
    external: [...external],
    // A consumer's bundler takes the CSS import apart; only the JavaScript is weighed here.
    loader: { '.css': 'empty' },
  });
  const code = result.outputFiles[0]!.contents;
  const byPackage = new Map<string, number>();
  for (const [path, input] of Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path;
    byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
  }
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
  };
}

/** Every subpath an installed package exports, as `@scope/name/sub` import specifiers (code only). */
function codeEntryPoints(folder: string, name: string): string[] {
  const manifest = JSON.parse(readFileSync(join(folder, 'node_modules', name, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(manifest.exports)
    .filter((subpath) => !subpath.endsWith('.css'))
    .map((subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`));
}

/** Re-exports every entry point whole, so that nothing is shaken off. */
const everything = (entries: readonly string[]) =>
  entries.map((entry, index) => `export * as entry${index} from '${entry}';`).join('\n');

/** Packed and unpacked size of each tarball in `directory`. */
function tarballSizes(directory: string): { name: string; packed: number; unpacked: number }[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.tgz'))
    .sort()
    .map((file) => {
      const path = join(directory, file);
      // `tar tvzf` lists each member's size in its third column.
      const listing = execFileSync('tar', ['tvzf', path], { encoding: 'utf8' });
      const unpacked = listing
        .split('\n')
        .filter(Boolean)
        .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[2] ?? 0), 0);
      return { name: file.replace(/\.tgz$/, ''), packed: statSync(path).size, unpacked };
    });
}

/** Builds, packs and installs the packages in a fresh folder, as the consumer proofs do. */
function installPacked(): { installed: string; tarballs: string; cleanUp: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'fatoora-size-'));
  const installed = join(work, 'installed');
  const tarballs = join(work, 'tarballs');
  const run = (program: string, args: string[], env: Record<string, string> = {}) =>
    execFileSync(program, args, { cwd: repositoryRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  run('npx', ['-y', 'pnpm@10', 'run', 'build']);
  run(
    'bash',
    ['scripts/install-packed.sh', installed, '@fatoora/core', '@fatoora/react', 'react@19', 'react-dom@19'],
    { FATOORA_TARBALLS: tarballs },
  );
  return { installed, tarballs, cleanUp: () => rmSync(work, { recursive: true, force: true }) };
}

const { values } = parseArgs({ options: { installed: { type: 'string' }, tarballs: { type: 'string' } } });
if (Boolean(values.installed) !== Boolean(values.tarballs)) {
  console.error('size: give --installed and --tarballs together, or neither');
  process.exit(2);
}
const prepared =
  values.installed && values.tarballs
    ? { installed: values.installed, tarballs: values.tarballs, cleanUp: () => {} }
    : installPacked();
try {
  const { installed, tarballs } = prepared;
  const till = await bundle(
    "export { signInvoice, verifyInvoice, encodeQr } from '@fatoora/core';",
    installed,
  );
  console.log('Browser bundle of signInvoice + verifyInvoice + encodeQr from the installed @fatoora/core');
  console.log('(esbuild, minified, gzip -9):');
  console.log(`  minified ${kb(till.minified)} KB, gzipped ${kb(till.gzipped)} KB (budget ${BUDGET_KB} KB)`);
  console.log('  minified bytes by package:');
  for (const [name, bytes] of till.byPackage) console.log(`    ${kb(bytes).padStart(6)} KB  ${name}`);

  const core = await bundle(everything(codeEntryPoints(installed, '@fatoora/core')), installed);
  const react = await bundle(everything(codeEntryPoints(installed, '@fatoora/react')), installed, [
    'react',
    'react-dom',
    'react/jsx-runtime',
    '@fatoora/core',
    '@fatoora/core/*',
  ]);
  console.log('\nWhole packages (every export kept; minified, gzip -9):');
  console.log(
    `  @fatoora/core                          ${kb(core.minified).padStart(7)} KB, gzipped ${kb(core.gzipped)} KB`,
  );
  console.log(
    `  @fatoora/react (without react, core)   ${kb(react.minified).padStart(7)} KB, gzipped ${kb(react.gzipped)} KB`,
  );

  console.log('\nTarballs (packed → installed, the package alone):');
  for (const { name, packed, unpacked } of tarballSizes(tarballs))
    console.log(`  ${name.padEnd(26)} ${kb(packed).padStart(7)} KB → ${kb(unpacked).padStart(7)} KB`);

  if (till.gzipped > BUDGET_KB * 1024) {
    console.error(`over budget: ${kb(till.gzipped)} KB > ${BUDGET_KB} KB`);
    process.exitCode = 1;
  }
} finally {
  prepared.cleanUp();
}
