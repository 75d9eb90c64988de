/**
 * ZATCA's TLV QR code: encode the fields to base64 text and decode them back.
 *
 * @module @fatoora/core/qr
 */
export { type DecodedQr, decodeQr } from './decode-qr.ts';
export { type EncodeQrOptions, encodeQr } from './encode-qr.ts';
export {
  QR_MAX_BASE64_LENGTH,
  QR_SAFE_VALUE_LENGTH,
  QR_TAGS,
  type QrFields,
  type QrTag,
} from './qr-fields.ts';
export { readTlv, type TlvRecord, writeTlv } from './tlv.ts';
