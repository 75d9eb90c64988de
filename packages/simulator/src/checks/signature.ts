/**
 * The signature family. The XAdES signature must verify over the invoice hash with the key of the
 * certificate it embeds, by ZATCA's algorithms, in ZATCA's layout (`invalid-digital-signature`,
 * `SIGNATURE_ERRORS`, "Invalid digital signature"); its signed properties must match their digest
 * and the certificate (`signed-properties-hashing`, and `certificate-hashing` for the certificate
 * digest, `CERTIFICATE_ERRORS`). The embedded certificate is then compared with the authenticating
 * CSID's: the same key under another certificate — the compliance CSID used to sign for
 * reporting, or the SDK's test certificate for a compliance CSID of the SDK's key — is accepted
 * with the platform's warning `invalid-signing-certificate`, plus `certificate-issuer-name` when
 * the issuers differ (LIVE lavaloon-eg/ksa_compliance#208, ERPGulf/zatca_erpgulf#223); another key
 * altogether is `invalid-digital-signature` (the simulator's choice: no live body shows it). The
 * findings come from core's `verifyInvoice`; only those it rates `error` count, so a `SigningTime`
 * written with `Z` is no finding at all. A simplified document without a signature breaks BR-KSA-60
 * (a warning in ZATCA's rule file) and cannot be verified (`invalid-digital-signature`); a standard
 * one may come unsigned.
 */
import type { Certificate } from '@fatoora/core/crypto';
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '@fatoora/core/model';
import type { InvoiceVerification, VerificationCode } from '@fatoora/core/signing';
import { error, type ValidationMessage, warning } from './validation-results.ts';

const SIGNATURE_FINDINGS: ReadonlySet<VerificationCode> = new Set([
  'algorithm-unsupported',
  'signature-invalid',
  'certificate-missing',
  'certificate-unreadable',
  'structure-duplicated',
  'structure-misplaced',
  'structure-unexpected',
]);
const SIGNED_PROPERTIES_FINDINGS: ReadonlySet<VerificationCode> = new Set([
  'signed-properties-missing',
  'signed-properties-digest-mismatch',
  'issuer-mismatch',
  'serial-mismatch',
  'signing-time-invalid',
]);

const INVALID_SIGNATURE = error('invalid-digital-signature', 'SIGNATURE_ERRORS', 'Invalid digital signature');
const SIGNING_CERTIFICATE_TEXT =
  'X509Certificate (CCSID / PCSID) used for signing is not valid certificate (CCSID / PCSID) for this VAT Registration Number.';

/**
 * Maps signature findings, and the signing certificate against the authenticating one, to the
 * platform's messages.
 *
 * @example
 * ```ts
 * checkSignature(verifyInvoice(document), csid.certificate, 'simplified-invoice'); // [] when signed with the CSID
 * ```
 */
export function checkSignature(
  verification: InvoiceVerification,
  authenticating: Certificate,
  kind: ComplianceDocumentKind | undefined,
): ValidationMessage[] {
  const codes = new Set(verification.findings.map((finding) => finding.code));
  if (codes.has('signature-missing')) {
    if (kind === undefined || DOCUMENT_KINDS[kind].subtype !== 'simplified') return [];
    return [
      warning(
        'BR-KSA-60',
        'KSA',
        '[BR-KSA-60]-Cryptographic stamp (KSA-15) must exist in simplified tax invoices and associated credit notes and debit notes (KSA-2, position 1 and 2 = 02).',
      ), // BR-KSA-60
      INVALID_SIGNATURE,
    ];
  }
  const messages: ValidationMessage[] = [];
  const errors = new Set(
    verification.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.code),
  );
  if ([...errors].some((code) => SIGNATURE_FINDINGS.has(code))) messages.push(INVALID_SIGNATURE);
  if ([...errors].some((code) => SIGNED_PROPERTIES_FINDINGS.has(code))) {
    messages.push(
      error(
        'signed-properties-hashing',
        'CERTIFICATE_ERRORS',
        "Invalid signed properties hashing, SignedProperties with id='xadesSignedProperties'",
      ),
    );
  }
  if (errors.has('certificate-digest-mismatch')) {
    messages.push(error('certificate-hashing', 'CERTIFICATE_ERRORS', 'Invalid certificate hashing'));
  }
  const signing = verification.certificate;
  if (signing && !sameBytes(signing.der, authenticating.der)) {
    if (!sameBytes(signing.publicKey, authenticating.publicKey)) {
      messages.push(INVALID_SIGNATURE);
    } else {
      messages.push(warning('invalid-signing-certificate', 'CERTIFICATE_ERRORS', SIGNING_CERTIFICATE_TEXT));
      if (signing.issuer !== authenticating.issuer) {
        messages.push(warning('certificate-issuer-name', 'CERTIFICATE_ERRORS', SIGNING_CERTIFICATE_TEXT));
      }
    }
  }
  return messages;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
