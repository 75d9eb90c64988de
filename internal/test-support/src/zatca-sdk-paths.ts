/**
 * Where this package keeps ZATCA's SDK files on disk, for code that reads them with `node:fs` or
 * hands them to a program (the CLI's tests, the simulator's, the benchmarks, zatca-validate): the
 * SDK's `Data` folder (certificates, CSR configurations, the first PIH, the signed samples) and a
 * second, unrelated signer. Node only; tests that also run in a browser take the files' text from
 * `zatca-sdk-samples.ts`. Provenance: `fixtures/zatca-sdk/PROVENANCE.md`.
 */
import { fileURLToPath } from 'node:url';

/**
 * The SDK's `Data/` folder as a URL (ending in `/`, so that relative URLs resolve inside it).
 *
 * @example
 * ```ts
 * readFileSync(new URL('Samples/Simplified/Invoice/Simplified_Invoice.xml', ZATCA_SDK_DATA_URL), 'utf8');
 * ```
 */
export const ZATCA_SDK_DATA_URL: URL = new URL('../fixtures/zatca-sdk/Data/', import.meta.url);

/**
 * The SDK's `Data` folder as a file system path.
 *
 * @example
 * ```ts
 * join(ZATCA_SDK_DATA, 'Certificates/cert.pem');
 * ```
 */
export const ZATCA_SDK_DATA: string = fileURLToPath(new URL('.', ZATCA_SDK_DATA_URL)).replace(/\/$/, '');

/**
 * The folder of the second signer (`cert.pem`, `key.pem`), as a file system path.
 *
 * @example
 * ```ts
 * join(OTHER_SIGNER, 'cert.pem');
 * ```
 */
export const OTHER_SIGNER: string = fileURLToPath(new URL('../fixtures/other-signer', import.meta.url));
