/**
 * The QR family, in the platform's codes (fatoora-api.md §7, texts from ZATCA's OpenAPI examples
 * and live bodies). A simplified document must carry a QR (BR-KSA-27, a warning in ZATCA's rule
 * file, and `QRCODE_INVALID`); a standard one is checked "if any" [OAS], since the platform sets
 * its QR at clearance. A QR that is absent, empty or not base64 TLV is `QRCODE_INVALID` "Invalid
 * QR code format…" (the OpenAPI files' "Missing QR Code" example answers so); one whose tags
 * disagree with the document is `QRCODE_INVALID` "Failed to validate QR code", except tag 6
 * (`invoiceHash_QRCODE_INVALID`), tag 9 (`CERTIFICATE_SIGNATURE_QRCODE_INVALID`) and tag 3, the
 * time, which is the warning `invoiceTimeStamp_QRCODE_INVALID` with the platform's text (live
 * bodies, e.g. odoo/odoo#143379). With the `qr-long-values` behaviour at `strict`, a value of 128
 * bytes or more is `QRCODE_INVALID` too (the disputed SallaApp/ZATCA#74).
 */
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '@fatoora/core/model';
import type { InvoiceVerification } from '@fatoora/core/signing';
import { base64 } from '@scure/base';
import { error, type ValidationMessage, warning } from './validation-results.ts';

const CATEGORY = 'QRCODE_VALIDATION';
const FORMAT = error(
  'QRCODE_INVALID',
  CATEGORY,
  'Invalid QR code format, Please follow the ZATCA QR code specifications',
);
const FAILED = error('QRCODE_INVALID', CATEGORY, 'Failed to validate QR code');
const BR_KSA_27 = warning(
  'BR-KSA-27',
  'KSA',
  '[BR-KSA-27]-The document must contain a QR code (KSA-14), and this code must be base64Binary.',
); // BR-KSA-27

/** The platform's messages for the tags it names. */
const TAG_MESSAGES: Readonly<Record<number, ValidationMessage>> = {
  3: warning(
    'invoiceTimeStamp_QRCODE_INVALID',
    CATEGORY,
    "Time on QR Code does not match with Invoice Issue Time (KSA-25). If ZATCA's SDK was used to generate QR Code, kindly use the latest version of SDK",
  ),
  6: error(
    'invoiceHash_QRCODE_INVALID',
    CATEGORY,
    'Invoice xml hash does not match with qr code invoice xml hash',
  ),
  9: error(
    'CERTIFICATE_SIGNATURE_QRCODE_INVALID',
    CATEGORY,
    'certificate signature does not match with qr certificate signature value',
  ),
};

/**
 * The QR messages of a document.
 *
 * @example
 * ```ts
 * checkQr(verification, qrText, 'simplified-invoice', 'lenient'); // [] for a well-signed invoice
 * ```
 */
export function checkQr(
  verification: InvoiceVerification,
  qrText: string | undefined,
  kind: ComplianceDocumentKind | undefined,
  longValues: 'lenient' | 'strict',
): ValidationMessage[] {
  const simplified = kind !== undefined && DOCUMENT_KINDS[kind].subtype === 'simplified';
  const messages: ValidationMessage[] = [];
  for (const finding of verification.findings) {
    switch (finding.code) {
      case 'qr-missing':
      case 'qr-empty':
        if (simplified) messages.push(BR_KSA_27, FORMAT);
        break;
      case 'qr-malformed':
        messages.push(FORMAT);
        break;
      case 'qr-mismatch':
      case 'qr-timestamp-mismatch':
        messages.push(TAG_MESSAGES[finding.tag ?? 0] ?? FAILED);
        break;
    }
  }
  if (longValues === 'strict' && qrText !== undefined && hasLongValue(qrText)) messages.push(FORMAT);
  return messages;
}

/** Whether a TLV value of the QR is 128 bytes or more (read with plain one-byte lengths). */
function hasLongValue(qrText: string): boolean {
  let bytes: Uint8Array;
  try {
    bytes = base64.decode(qrText.trim());
  } catch {
    return false;
  }
  for (let offset = 0; offset + 1 < bytes.length; offset += 2 + bytes[offset + 1]!) {
    if (bytes[offset + 1]! >= 128) return true;
  }
  return false;
}
