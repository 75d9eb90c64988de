/**
 * Reads the QR text an invoice carries (the base64 TLV in its QR `AdditionalDocumentReference`),
 * for tools that display or re-check it.
 */
import { documentReference, valueAt } from '../ubl/ubl-paths.ts';
import { readXml } from '../xml/read-xml.ts';
import { invoiceRoot } from './invoice-facts.ts';

/**
 * The QR text of an invoice (trimmed), `undefined` when it has none (no QR reference or no
 * `cbc:EmbeddedDocumentBinaryObject` in it), or `''` when the element is there but empty —
 * which `verifyInvoice` reports as `qr-empty`, not `qr-missing`.
 *
 * @throws {XmlError} for text that is not well-formed, DOCTYPE-free XML.
 * @throws {SignatureError} `not-an-invoice` when the root is not a UBL Invoice.
 * @example
 * ```ts
 * const qr = readInvoiceQr(signedXml); // 'AW/YtNix2YPY…'
 * if (qr) decodeQr(qr).sellerName;
 * ```
 */
export function readInvoiceQr(xml: string | Uint8Array): string | undefined {
  const reference = documentReference(invoiceRoot(readXml(xml)), 'QR', 'exact');
  return valueAt(reference, 'cac:Attachment', 'cbc:EmbeddedDocumentBinaryObject')?.trim();
}
