/**
 * A Vite plugin for the demo's production build: once the chunks are written, it gzips each one,
 * sums the modules of each part (`bundle-summary.ts`), prints the report and writes it to
 * `bundle-report.json` beside the build. Core's budget is read from `bench/src/size.ts`, so the
 * two never disagree.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { type BuiltChunk, formatBundleSummary, summarizeBundle } from './bundle-summary.ts';

/**
 * Core's gzip budget in KB, as `bench/src/size.ts` declares it (`const BUDGET_KB = 60;`).
 *
 * @example
 * ```ts
 * readCoreBudgetKb(); // 60
 * ```
 */
export function readCoreBudgetKb(
  sizeScript: URL = new URL('../../../bench/src/size.ts', import.meta.url),
): number | undefined {
  try {
    const match = /const BUDGET_KB = (\d+)/.exec(readFileSync(sizeScript, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The plugin.
 *
 * @example
 * ```ts
 * export default defineConfig({ plugins: [bundleReport()] });
 * ```
 */
export function bundleReport(options: { readonly print?: (text: string) => void } = {}): Plugin {
  return {
    name: 'fatoora-demo-bundle-report',
    apply: 'build',
    generateBundle(_output, bundle) {
      const chunks: BuiltChunk[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks.push({
          fileName: item.fileName,
          bytes: Buffer.byteLength(item.code),
          gzipBytes: gzipSync(item.code, { level: 9 }).byteLength,
          modules: Object.fromEntries(
            Object.entries(item.modules).map(([id, module]) => [id, module.renderedLength]),
          ),
        });
      }
      const summary = summarizeBundle(chunks, readCoreBudgetKb());
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-report.json',
        source: `${JSON.stringify(summary, null, 2)}\n`,
      });
      (options.print ?? ((text) => console.log(text)))(formatBundleSummary(summary));
    },
  };
}
