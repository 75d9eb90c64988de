/**
 * The QR family, for simplified documents (the platform draws the QR of a standard invoice itself
 * when it clears it): the QR must be there, not empty, and be base64 TLV (BR-KSA-27), and each tag
 * must match the document, the hash, the signature and the certificate. The platform reports a tag
 * that disagrees with the document's own fields (seller, VAT number, time, totals: tags 1–5) as a
 * `…_QRCODE_INVALID` warning, and one that disagrees with the cryptographic values (tags 6–9) as an
 * error, since such a QR cannot be verified offline. A finding core already rates a warning (tag 3
 * written with a `Z` the IssueTime lacks: `qr-timestamp-mismatch`) stays a warning whatever its
 * tag. Tag 3 is answered with the platform's own code and text, `invoiceTimeStamp_QRCODE_INVALID`
 * (fatoora-api.md §7; the full text as live bodies carry it, e.g. odoo/odoo#143379).
 */
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '@fatoora/core/model';
import type { InvoiceVerification } from '@fatoora/core/signing';
import { error, type ValidationMessage, warning } from './validation-results.ts';

/** The platform's text for `invoiceTimeStamp_QRCODE_INVALID`, verbatim. */
const TIMESTAMP_MESSAGE =
  "Time on QR Code does not match with Invoice Issue Time (KSA-25). If ZATCA's SDK was used to generate QR Code, kindly use the latest version of SDK";

const TAG_NAMES: Readonly<Record<number, string>> = {
  1: 'sellerName',
  2: 'vatNumber',
  3: 'invoiceTimeStamp',
  4: 'invoiceTotal',
  5: 'vatTotal',
  6: 'invoiceHash',
  7: 'signature',
  8: 'publicKey',
  9: 'certificateSignature',
};

/**
 * The QR messages of a document.
 *
 * @example
 * ```ts
 * checkQr(verification, 'simplified-invoice'); // [] for a well-signed invoice
 * ```
 */
export function checkQr(
  verification: InvoiceVerification,
  kind: ComplianceDocumentKind | undefined,
): ValidationMessage[] {
  if (kind === undefined || DOCUMENT_KINDS[kind].subtype !== 'simplified') return [];
  const messages: ValidationMessage[] = [];
  for (const finding of verification.findings) {
    if (finding.code === 'qr-missing' || finding.code === 'qr-empty' || finding.code === 'qr-malformed') {
      messages.push(
        error(
          'BR-KSA-27',
          'KSA',
          `The document must contain a QR code (KSA-14), and this code must be base64Binary. ${finding.message}`,
        ), // BR-KSA-27
      );
    } else if (finding.code === 'qr-mismatch' || finding.code === 'qr-timestamp-mismatch') {
      const tag = finding.tag ?? 0;
      const code = `${TAG_NAMES[tag] ?? 'qrCode'}_QRCODE_INVALID`;
      const report = finding.severity === 'warning' || (tag >= 1 && tag <= 5) ? warning : error;
      messages.push(report(code, 'QRCODE_VALIDATION', tag === 3 ? TIMESTAMP_MESSAGE : finding.message));
    }
  }
  return messages;
}
