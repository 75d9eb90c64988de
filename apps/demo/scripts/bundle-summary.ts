/**
 * What the demo's production build contains, by part: `@fatoora/core` (with the libraries it
 * brings: noble, peculiar's ASN.1, xmldom, ky…), `@fatoora/react` (with uqr), React itself and the
 * app. The Vite config puts each part in its own chunk; this module sorts a chunk's modules into
 * parts, adds up their minified bytes and compares core's gzipped chunk with the budget that
 * `bench/src/size.ts` enforces (measured there on `signInvoice` + `verifyInvoice` + `encodeQr`;
 * the demo also onboards, builds, validates and calls the API, so it carries more of core).
 */

/** The parts of the bundle. */
export const BUNDLE_PARTS = ['fatoora-core', 'fatoora-react', 'react', 'app'] as const;

/** One of {@link BUNDLE_PARTS}. */
export type BundlePart = (typeof BUNDLE_PARTS)[number];

/**
 * The part a module belongs to, by its resolved path.
 *
 * @example
 * ```ts
 * partOfModule('/repo/packages/core/src/qr/encode-qr.ts'); // 'fatoora-core'
 * partOfModule('/repo/node_modules/.pnpm/react-dom@19.3.1/node_modules/react-dom/client.js'); // 'react'
 * ```
 */
export function partOfModule(id: string): BundlePart {
  const path = id.replaceAll('\\', '/');
  if (/\/node_modules\/(react|react-dom|scheduler)\//.test(path)) return 'react';
  if (/\/packages\/react\/|\/node_modules\/uqr\//.test(path)) return 'fatoora-react';
  if (/\/packages\/core\/|\/node_modules\//.test(path)) return 'fatoora-core';
  return 'app';
}

/** A chunk of the build, as the bundler reports it. */
export interface BuiltChunk {
  readonly fileName: string;
  /** Minified bytes of the chunk. */
  readonly bytes: number;
  /** Gzipped bytes (level 9). */
  readonly gzipBytes: number;
  /** Each module's rendered bytes in the chunk (after tree-shaking, before minification). */
  readonly modules: Readonly<Record<string, number>>;
}

/** The size of one part. */
export interface PartSize {
  readonly part: BundlePart;
  /** Rendered bytes of its modules (before minification), wherever they landed. */
  readonly renderedBytes: number;
  /** Minified bytes of the chunk named after it (absent when it has no chunk of its own). */
  readonly minifiedBytes?: number;
  /** Gzipped bytes of that chunk. */
  readonly gzipBytes?: number;
  readonly chunk?: string;
  /**
   * Rendered bytes of other parts' modules inside that chunk: 0 when the split is clean, so the
   * chunk's size is the part's own.
   */
  readonly foreignBytes?: number;
}

/** The report. */
export interface BundleSummary {
  readonly parts: readonly PartSize[];
  readonly totalGzipBytes: number;
  /** Core's budget in KB (gzip), from `bench/src/size.ts`. */
  readonly coreBudgetKb?: number;
  /** Whether core's chunk fits it. */
  readonly coreWithinBudget?: boolean;
}

/**
 * Sums the chunks into parts.
 *
 * @example
 * ```ts
 * const summary = summarizeBundle(chunks, 60);
 * summary.parts.find((p) => p.part === 'fatoora-core')?.gzipBytes;
 * ```
 */
export function summarizeBundle(chunks: readonly BuiltChunk[], coreBudgetKb?: number): BundleSummary {
  const bytes = new Map<BundlePart, number>(BUNDLE_PARTS.map((part) => [part, 0]));
  for (const chunk of chunks) {
    for (const [id, length] of Object.entries(chunk.modules)) {
      const part = partOfModule(id);
      bytes.set(part, (bytes.get(part) ?? 0) + length);
    }
  }
  const parts = BUNDLE_PARTS.map((part): PartSize => {
    const chunk = chunks.find((candidate) => chunkPart(candidate.fileName) === part);
    return {
      part,
      renderedBytes: bytes.get(part) ?? 0,
      ...(chunk
        ? {
            minifiedBytes: chunk.bytes,
            gzipBytes: chunk.gzipBytes,
            chunk: chunk.fileName,
            foreignBytes: Object.entries(chunk.modules)
              .filter(([id]) => partOfModule(id) !== part)
              .reduce((sum, [, length]) => sum + length, 0),
          }
        : {}),
    };
  });
  const core = parts.find((part) => part.part === 'fatoora-core');
  return {
    parts,
    totalGzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    ...(coreBudgetKb !== undefined ? { coreBudgetKb } : {}),
    ...(coreBudgetKb !== undefined && core?.gzipBytes !== undefined
      ? { coreWithinBudget: core.gzipBytes <= coreBudgetKb * 1024 }
      : {}),
  };
}

/** The part a chunk file is named after (`assets/fatoora-core-3f2a.js`), else `app`. */
function chunkPart(fileName: string): BundlePart {
  const base = fileName.split('/').pop() ?? fileName;
  return BUNDLE_PARTS.find((part) => part !== 'app' && base.startsWith(`${part}-`)) ?? 'app';
}

/**
 * The report as lines for the terminal.
 *
 * @example
 * ```ts
 * console.log(formatBundleSummary(summary));
 * ```
 */
export function formatBundleSummary(summary: BundleSummary): string {
  const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
  const lines = ['demo bundle by part (chunk minified and gzip -9; modules before minification):'];
  for (const part of summary.parts) {
    const chunk =
      part.gzipBytes !== undefined && part.minifiedBytes !== undefined
        ? `${kb(part.minifiedBytes).padStart(9)} minified, ${kb(part.gzipBytes).padStart(8)} gzipped (${part.chunk})`
        : 'no chunk of its own';
    const foreign = part.foreignBytes
      ? ` — its chunk also holds ${kb(part.foreignBytes)} of other parts`
      : '';
    lines.push(`  ${part.part.padEnd(14)} ${chunk}; modules ${kb(part.renderedBytes)}${foreign}`);
  }
  lines.push(`  total gzipped  ${kb(summary.totalGzipBytes)}`);
  const core = summary.parts.find((part) => part.part === 'fatoora-core');
  if (summary.coreBudgetKb !== undefined && core?.gzipBytes !== undefined) {
    lines.push(
      `  @fatoora/core: ${kb(core.gzipBytes)} gzipped in all, with onboarding, CSRs, the builder, the validator ` +
        `and the API client; the ${summary.coreBudgetKb} KB budget of bench/src/size.ts is for what a till needs to ` +
        `sign and check (signInvoice + verifyInvoice + encodeQr), which \`pnpm size\` measures and CI enforces` +
        (summary.coreWithinBudget ? ' (this whole chunk fits it too)' : ''),
    );
  }
  return lines.join('\n');
}
