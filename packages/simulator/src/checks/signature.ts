/**
 * The signature family: the XAdES signature must be by the authenticated CSID's certificate and
 * verify over the invoice hash (`invalid-signature`), and its signed properties — signing time,
 * certificate digest, issuer and serial — must match their digest and the certificate
 * (`signed-properties-hashing`). The findings come from core's `verifyInvoice`, run with the
 * CSID's certificate as the expected one, and only those core rates `error` count (its
 * `VERIFICATION_SEVERITY` says what the platform rejects; a `SigningTime` written with `Z` is no
 * finding at all). A simplified document without a signature breaks BR-KSA-60; a standard one may
 * come unsigned, since the platform stamps it at clearance.
 */
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '@fatoora/core/model';
import type { InvoiceVerification, VerificationCode } from '@fatoora/core/signing';
import { error, type ValidationMessage } from './validation-results.ts';

const SIGNATURE_FINDINGS: ReadonlySet<VerificationCode> = new Set([
  'algorithm-unsupported',
  'signature-invalid',
  'certificate-missing',
  'certificate-unreadable',
  'certificate-unexpected',
]);
const SIGNED_PROPERTIES_FINDINGS: ReadonlySet<VerificationCode> = new Set([
  'signed-properties-missing',
  'signed-properties-digest-mismatch',
  'certificate-digest-mismatch',
  'issuer-mismatch',
  'serial-mismatch',
  'signing-time-invalid',
]);

/**
 * Maps signature findings to the platform's messages.
 *
 * @example
 * ```ts
 * checkSignature(verifyInvoice(document, { certificate: csid }), 'simplified-invoice');
 * ```
 */
export function checkSignature(
  verification: InvoiceVerification,
  kind: ComplianceDocumentKind | undefined,
): ValidationMessage[] {
  const codes = new Set(verification.findings.map((finding) => finding.code));
  if (codes.has('signature-missing')) {
    if (kind === undefined || DOCUMENT_KINDS[kind].subtype !== 'simplified') return [];
    return [
      error(
        'BR-KSA-60',
        'KSA',
        'Cryptographic stamp (KSA-15) must exist in simplified tax invoices and associated credit notes and debit notes (KSA-2, position 1 and 2 = 02).',
      ), // BR-KSA-60
    ];
  }
  const messages: ValidationMessage[] = [];
  const errors = verification.findings.filter((finding) => finding.severity === 'error');
  const signature = errors.filter((finding) => SIGNATURE_FINDINGS.has(finding.code));
  if (signature.length > 0) {
    messages.push(
      error(
        'invalid-signature',
        'SIGNATURE_ERRORS',
        `Invalid signature: ${signature.map((finding) => finding.message).join(' ')}`,
      ),
    );
  }
  const properties = errors.filter((finding) => SIGNED_PROPERTIES_FINDINGS.has(finding.code));
  if (properties.length > 0) {
    messages.push(
      error(
        'signed-properties-hashing',
        'CERTIFICATE_ERRORS',
        `Invalid signed properties hashing, SignedProperties with id='xadesSignedProperties': ${properties.map((finding) => finding.message).join(' ')}`,
      ),
    );
  }
  return messages;
}
