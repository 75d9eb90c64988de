/**
 * The invoice-hash family: the `invoiceHash` of the request body and the digest the signature
 * claims (`invoiceSignedData`) must both equal the hash the platform computes from the document
 * (signing-rules §1). Either mismatch means the document is not the one that was hashed and
 * signed — typically an amount changed after signing — and is reported once, as
 * `invalid-invoice-hash`.
 */
import type { InvoiceVerification } from '@fatoora/core/signing';
import { error, type ValidationMessage } from './validation-results.ts';

/**
 * Compares the claimed hashes with the computed one.
 *
 * @example
 * ```ts
 * checkInvoiceHash(body.invoiceHash, verifyInvoice(document, { certificate }));
 * // [] when both match; [{ code: 'invalid-invoice-hash', … }] otherwise
 * ```
 */
export function checkInvoiceHash(claimed: unknown, verification: InvoiceVerification): ValidationMessage[] {
  const problems: string[] = [];
  if (claimed !== verification.invoiceHash) {
    problems.push('The invoice hash API body does not match the (calculated) Hash of the XML');
  }
  if (verification.findings.some((finding) => finding.code === 'invoice-hash-mismatch')) {
    problems.push(
      'the signed invoice digest (invoiceSignedData) does not match the (calculated) Hash of the XML',
    );
  }
  if (problems.length === 0) return [];
  return [error('invalid-invoice-hash', 'INVOICE_HASHING_ERRORS', problems.join('; '))];
}
