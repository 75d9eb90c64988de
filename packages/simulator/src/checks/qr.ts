/**
 * The QR family, for simplified documents (the platform draws the QR of a standard invoice itself
 * when it clears it): the QR must be there and be base64 TLV (BR-KSA-27), and each tag must match
 * the document, the hash, the signature and the certificate. The platform reports a tag that
 * disagrees with the document's own fields (seller, VAT number, time, totals: tags 1–5) as a
 * `…_QRCODE_INVALID` warning, and one that disagrees with the cryptographic values (tags 6–9) as an
 * error, since such a QR cannot be verified offline.
 */
import type { InvoiceVerification } from '@fatoora/core/signing';
import type { DocumentKind } from './document.ts';
import { error, type ValidationMessage, warning } from './validation-results.ts';

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
 * checkQr(verification, { subtype: 'simplified', typeCode: '388' }); // [] for a well-signed invoice
 * ```
 */
export function checkQr(
  verification: InvoiceVerification,
  kind: DocumentKind | undefined,
): ValidationMessage[] {
  if (kind?.subtype !== 'simplified') return [];
  const messages: ValidationMessage[] = [];
  for (const finding of verification.findings) {
    if (finding.code === 'qr-missing' || finding.code === 'qr-malformed') {
      messages.push(
        error(
          'BR-KSA-27',
          'KSA',
          `The document must contain a QR code (KSA-14), and this code must be base64Binary. ${finding.message}`,
        ), // BR-KSA-27
      );
    } else if (finding.code === 'qr-mismatch') {
      const tag = finding.tag ?? 0;
      const code = `${TAG_NAMES[tag] ?? 'qrCode'}_QRCODE_INVALID`;
      const report = tag >= 1 && tag <= 5 ? warning : error;
      messages.push(report(code, 'QRCODE_VALIDATION', finding.message));
    }
  }
  return messages;
}
