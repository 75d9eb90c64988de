/**
 * A Vite plugin for the demo's production build: once the chunks are written, it gzips each one,
 * sums the modules of each part (`bundle-summary.ts`), prints the report and writes it to
 * `bundle-report.json` beside the build. Core's budget is the one `pnpm size` checks
 * (`@fatoora/bench/budget.json`), so the two never disagree.
 */
import { gzipSync } from 'node:zlib';
import budget from '@fatoora/bench/budget.json' with { type: 'json' };
import type { Plugin } from 'vite';
import { type BuiltChunk, formatBundleSummary, summarizeBundle } from './bundle-summary.ts';

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
      const summary = summarizeBundle(chunks, budget.coreGzipKb);
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-report.json',
        source: `${JSON.stringify(summary, null, 2)}\n`,
      });
      (options.print ?? ((text) => console.log(text)))(formatBundleSummary(summary));
    },
  };
}
