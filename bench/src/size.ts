/**
 * `pnpm size`: the minified + gzipped browser bundle of what a web POS needs to sign and check
 * invoices — `signInvoice`, `verifyInvoice`, `encodeQr` from @fatoora/core — built with esbuild
 * for the browser and compressed with gzip level 9, with the heaviest inputs listed. Exits 1 over
 * the budget (`budget.json`, 60 KB).
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import budget from './budget.json' with { type: 'json' };

/** Core's budget in KB (1024 bytes), gzip level 9; the demo's build report reads the same file. */
const BUDGET_KB = budget.coreGzipKb;

const result = await build({
  stdin: {
    contents: "export { signInvoice, verifyInvoice, encodeQr } from '@fatoora/core';",
    resolveDir: new URL('.', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  minify: true,
  treeShaking: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  metafile: true,
  legalComments: 'none',
});
const code = result.outputFiles[0]!.contents;
const gzipped = gzipSync(code, { level: 9 });
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const byPackage = new Map<string, number>();
for (const [path, input] of Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)) {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  const name = match ? match[1]! : path.includes('packages/core') ? '@fatoora/core' : path;
  byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
}
console.log('Browser bundle of signInvoice + verifyInvoice + encodeQr (esbuild, minified, gzip -9):');
console.log(`  minified ${kb(code.length)} KB, gzipped ${kb(gzipped.length)} KB (budget ${BUDGET_KB} KB)`);
console.log('  minified bytes by package:');
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]))
  console.log(`    ${kb(bytes).padStart(6)} KB  ${name}`);
if (gzipped.length > BUDGET_KB * 1024) {
  console.error(`over budget: ${kb(gzipped.length)} KB > ${BUDGET_KB} KB`);
  process.exitCode = 1;
}
