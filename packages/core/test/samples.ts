/**
 * ZATCA's 45 SDK-signed sample documents and their expected invoice hashes, loaded through Vite's
 * raw imports so the same conformance tests run in Node and in headless Chromium. Provenance:
 * `fixtures/zatca-sdk/PROVENANCE.md`.
 */
import expectedHashesTsv from './fixtures/zatca-sdk/expected-hashes.tsv?raw';

const files = import.meta.glob<string>('./fixtures/zatca-sdk/**/*.xml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

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

/** Every sample, in the order of `expected-hashes.tsv`. */
export const samples: readonly Sample[] = [...expected].map(([path, expectedHash]) => {
  const xml = files[`./fixtures/zatca-sdk/${path}`];
  if (xml === undefined) throw new Error(`fixture missing: ${path}`);
  return { path, xml, expectedHash, breaksBusinessRules: path.endsWith('_Error.xml') };
});

/** A second, unrelated secp256k1 signer (see `fixtures/other-signer/README.md`). */
export { default as otherCertificateText } from './fixtures/other-signer/cert.pem?raw';
export { default as otherPrivateKeyText } from './fixtures/other-signer/key.pem?raw';
/** The SDK's test certificate (bare base64 DER) and key (bare base64 SEC1 DER). */
export { default as sdkCertificateText } from './fixtures/zatca-sdk/Data/Certificates/cert.pem?raw';
export { default as sdkPrivateKeyText } from './fixtures/zatca-sdk/Data/Certificates/ec-secp256k1-priv-key.pem?raw';

/** The R3.4.8 samples: the ones ZATCA's R3.4.8 rule files judge, and our re-signing corpus. */
export const r348Samples: readonly Sample[] = samples.filter((sample) => sample.path.startsWith('Data/'));
