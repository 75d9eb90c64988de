import { describe, expect, it } from 'vitest';
import { type BuiltChunk, formatBundleSummary, partOfModule, summarizeBundle } from './bundle-summary.ts';

const chunk = (fileName: string, gzipBytes: number, modules: Record<string, number>): BuiltChunk => ({
  fileName,
  bytes: gzipBytes * 3,
  gzipBytes,
  modules,
});

describe('partOfModule', () => {
  it('sorts workspace packages and their libraries into parts', () => {
    expect(partOfModule('/w/packages/core/src/signing/sign-invoice.ts')).toBe('fatoora-core');
    expect(
      partOfModule('/w/node_modules/.pnpm/@noble+curves@2.2.0/node_modules/@noble/curves/secp256k1.js'),
    ).toBe('fatoora-core');
    expect(partOfModule('/w/packages/react/src/components/invoice-qr.tsx')).toBe('fatoora-react');
    expect(partOfModule('/w/node_modules/.pnpm/uqr@0.1.3/node_modules/uqr/dist/index.mjs')).toBe(
      'fatoora-react',
    );
    expect(partOfModule('/w/node_modules/.pnpm/react-dom@19.3.1/node_modules/react-dom/client.js')).toBe(
      'react',
    );
    expect(partOfModule('C:\\w\\node_modules\\scheduler\\index.js')).toBe('react');
    expect(partOfModule('/w/apps/demo/src/app.tsx')).toBe('app');
    expect(partOfModule('\0vite/modulepreload-polyfill.js')).toBe('app');
  });
});

describe('summarizeBundle', () => {
  const chunks = [
    chunk('assets/fatoora-core-abc.js', 50 * 1024, {
      '/w/packages/core/src/a.ts': 1000,
      '/w/node_modules/ky/x.js': 500,
    }),
    chunk('assets/react-def.js', 60 * 1024, { '/w/node_modules/react/index.js': 2000 }),
    chunk('assets/index-123.js', 10 * 1024, {
      '/w/apps/demo/src/app.tsx': 300,
      '/w/packages/core/src/b.ts': 7,
    }),
  ];

  it('adds up each part and names its chunk', () => {
    const summary = summarizeBundle(chunks, 60);
    expect(summary.parts).toEqual([
      {
        part: 'fatoora-core',
        renderedBytes: 1507,
        minifiedBytes: 150 * 1024,
        gzipBytes: 50 * 1024,
        chunk: 'assets/fatoora-core-abc.js',
        foreignBytes: 0,
      },
      { part: 'fatoora-react', renderedBytes: 0 },
      {
        part: 'react',
        renderedBytes: 2000,
        minifiedBytes: 180 * 1024,
        gzipBytes: 60 * 1024,
        chunk: 'assets/react-def.js',
        foreignBytes: 0,
      },
      {
        part: 'app',
        renderedBytes: 300,
        minifiedBytes: 30 * 1024,
        gzipBytes: 10 * 1024,
        chunk: 'assets/index-123.js',
        foreignBytes: 7,
      },
    ]);
    expect(summary.totalGzipBytes).toBe(120 * 1024);
    expect(summary.coreWithinBudget).toBe(true);
  });

  it("reports core's whole chunk beside the signing-path budget it is not held to", () => {
    const summary = summarizeBundle(chunks, 40);
    expect(summary.coreWithinBudget).toBe(false);
    const text = formatBundleSummary(summary);
    expect(text).toContain('@fatoora/core: 50.0 KB gzipped in all');
    expect(text).toContain('the 40 KB budget of bench/src/size.ts is for what a till needs');
    expect(text).not.toContain('this whole chunk fits it too');
    expect(formatBundleSummary(summarizeBundle(chunks, 60))).toContain('this whole chunk fits it too');
  });

  it("names the bytes of other parts that a part's chunk holds", () => {
    const mixed = [
      chunk('assets/fatoora-react-9.js', 1024, {
        '/w/packages/react/src/a.tsx': 10,
        '/w/packages/core/src/b.ts': 2048,
      }),
    ];
    expect(summarizeBundle(mixed).parts[1]).toMatchObject({ part: 'fatoora-react', foreignBytes: 2048 });
    expect(formatBundleSummary(summarizeBundle(mixed))).toContain(
      'its chunk also holds 2.0 KB of other parts',
    );
  });

  it('leaves the budget out when there is none', () => {
    expect(summarizeBundle(chunks)).not.toHaveProperty('coreWithinBudget');
  });
});
