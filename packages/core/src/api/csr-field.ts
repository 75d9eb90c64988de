/**
 * The `csr` field of the CSID calls: base64 of the CSR's PEM text (armour included). It accepts
 * what callers have at hand: the PEM text, a `Csr` from `createCsr` (its `pem`), or the field
 * value itself (base64 of the PEM, the form ZATCA's SDK writes to its `.csr` file).
 */
import { decodeBase64, encodeBase64, isBase64 } from '../encoding/base64.ts';
import { utf8Decode, utf8Encode } from '../encoding/utf8.ts';
import { InputError } from '../errors/input-error.ts';

/** A CSR as the CSID calls take it: PEM text, base64 of PEM text, or an object with its `pem`. */
export type CsrInput =
  | string
  | {
      /** The CSR's PEM text, as on the `Csr` that `createCsr` returns. */
      readonly pem: string;
    };

const CSR_ARMOUR = /-----BEGIN (NEW )?CERTIFICATE REQUEST-----/;

/**
 * The `csr` field value for `csr`.
 *
 * @throws {InputError} field `csr`, rule `csr-pem`, when it is neither PEM text of a certificate
 * request nor base64 of one.
 * @example
 * ```ts
 * csrField(createCsr(config, privateKey, { environment: 'simulation' })); // 'LS0tLS1CRUdJTi…'
 * ```
 */
export function csrField(csr: CsrInput): string {
  const text = typeof csr === 'string' ? csr : typeof csr === 'object' && csr !== null ? csr.pem : undefined;
  if (typeof text === 'string') {
    if (CSR_ARMOUR.test(text)) return encodeBase64(utf8Encode(text));
    if (isBase64(text) && CSR_ARMOUR.test(decodedText(text))) return text.replace(/[\t\n\r ]+/g, '');
  }
  throw new InputError(
    'csr',
    'csr-pem',
    'Expected the CSR as PEM text (-----BEGIN CERTIFICATE REQUEST-----), base64 of that text, or a Csr from createCsr.',
  );
}

function decodedText(base64: string): string {
  try {
    return utf8Decode(decodeBase64(base64));
  } catch {
    return '';
  }
}
