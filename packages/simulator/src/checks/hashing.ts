/**
 * The invoice-hash family. The `invoiceHash` of the request body must be there and be base64 of a
 * SHA-256 digest, else `InvoiceHash-Errors` (category `Invalid-InvoiceHash`: "Document hash is
 * not present in the API body" / "Document hash format in the API body is not valid"); it and the
 * digest the signature claims (`invoiceSignedData`) must both equal the hash the platform computes
 * from the document (signing-rules §1), else `invalid-invoice-hash` (`INVOICE_HASHING_ERRORS`),
 * reported once — typically an amount changed after signing. Texts from ZATCA's OpenAPI examples.
 */
import type { InvoiceVerification } from '@fatoora/core/signing';
import { error, type ValidationMessage } from './validation-results.ts';

/** base64 of 32 bytes: 43 characters and one `=`. */
const SHA256_BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

const MISMATCH = error(
  'invalid-invoice-hash',
  'INVOICE_HASHING_ERRORS',
  'The invoice hash API body does not match the (calculated) Hash of the XML',
);

/**
 * Checks the claimed hashes against the computed one.
 *
 * @example
 * ```ts
 * checkInvoiceHash(body.invoiceHash, verifyInvoice(document));
 * // [] when both match; [{ code: 'invalid-invoice-hash', … }] otherwise
 * ```
 */
export function checkInvoiceHash(claimed: unknown, verification: InvoiceVerification): ValidationMessage[] {
  const messages: ValidationMessage[] = [];
  const present = typeof claimed === 'string' && claimed !== '';
  if (!present) {
    messages.push(
      error('InvoiceHash-Errors', 'Invalid-InvoiceHash', 'Document hash is not present in the API body'),
    );
  } else if (!SHA256_BASE64.test(claimed)) {
    messages.push(
      error('InvoiceHash-Errors', 'Invalid-InvoiceHash', 'Document hash format in the API body is not valid'),
    );
  }
  const bodyDiffers = present && SHA256_BASE64.test(claimed) && claimed !== verification.invoiceHash;
  const signedDiffers = verification.findings.some((finding) => finding.code === 'invoice-hash-mismatch');
  if (bodyDiffers || signedDiffers) messages.push(MISMATCH);
  return messages;
}
