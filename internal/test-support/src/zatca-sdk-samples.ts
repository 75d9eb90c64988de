/**
 * ZATCA's SDK files as text, loaded through Vite's raw imports so that the same tests run in Node
 * (vitest) and in headless Chromium: the 45 SDK-signed sample documents with their expected invoice
 * hashes, the SDK's test certificate and key, its CSR configuration examples, and a second,
 * unrelated signer. Vitest only (Vite's `import.meta.glob` and `?raw`); code run by plain Node or
 * tsx takes the files' paths from `zatca-sdk-paths.ts`. Provenance:
 * `fixtures/zatca-sdk/PROVENANCE.md`.
 */
import expectedHashesTsv from '../fixtures/zatca-sdk/expected-hashes.tsv?raw';

const files = import.meta.glob<string>('../fixtures/zatca-sdk/**/*.xml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const csrConfigFiles = import.meta.glob<string>(
  '../fixtures/zatca-sdk/Data/Input/csr-config-example-*.properties',
  { query: '?raw', import: 'default', eager: true },
);

/** One SDK sample: its path as `expected-hashes.tsv` names it, its text and its expected hash. */
export interface Sample {
  readonly path: string;
  readonly xml: string;
  readonly expectedHash: string;
  /** R4.0.0 `*_Error.xml` samples break business rules on purpose (their signatures are fine). */
  readonly breaksBusinessRules: boolean;
}

const expected = new Map(
  expectedHashesTsv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('\t') as [string, string]),
);

/**
 * Every sample, in the order of `expected-hashes.tsv`.
 *
 * @throws {Error} at import when a file the table names is missing.
 * @example
 * ```ts
 * samples.find((sample) => sample.path.endsWith('/Simplified_Invoice.xml'))?.expectedHash;
 * ```
 */
export const samples: readonly Sample[] = [...expected].map(([path, expectedHash]) => {
  const xml = files[`../fixtures/zatca-sdk/${path}`];
  if (xml === undefined) throw new Error(`fixture missing: ${path}`);
  return { path, xml, expectedHash, breaksBusinessRules: path.endsWith('_Error.xml') };
});

/**
 * The R3.4.8 samples: the ones ZATCA's R3.4.8 rule files judge, and our re-signing corpus.
 *
 * @example
 * ```ts
 * r348Samples.every((sample) => sample.path.startsWith('Data/')); // true
 * ```
 */
export const r348Samples: readonly Sample[] = samples.filter((sample) => sample.path.startsWith('Data/'));

/**
 * The text of one sample, by its path as `expected-hashes.tsv` names it.
 *
 * @throws {Error} when there is no such sample.
 * @example
 * ```ts
 * sampleXml('Data/Samples/Simplified/Invoice/Simplified_Invoice.xml');
 * ```
 */
export function sampleXml(path: string): string {
  const sample = samples.find((candidate) => candidate.path === path);
  if (!sample) throw new Error(`no SDK sample at ${path}`);
  return sample.xml;
}

/**
 * The SDK's CSR configuration examples (`Data/Input/csr-config-example-*.properties`), by file
 * name.
 *
 * @example
 * ```ts
 * csrConfigExamples['csr-config-example-EN.properties']; // 'csr.common.name=TST-886431145-…'
 * ```
 */
export const csrConfigExamples: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(csrConfigFiles).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

/** A second, unrelated secp256k1 signer (see `fixtures/other-signer/README.md`). */
export { default as otherCertificateText } from '../fixtures/other-signer/cert.pem?raw';
export { default as otherPrivateKeyText } from '../fixtures/other-signer/key.pem?raw';
/** The SDK's test certificate (bare base64 DER) and key (bare base64 SEC1 DER). */
export { default as sdkCertificateText } from '../fixtures/zatca-sdk/Data/Certificates/cert.pem?raw';
export { default as sdkPrivateKeyText } from '../fixtures/zatca-sdk/Data/Certificates/ec-secp256k1-priv-key.pem?raw';
