/**
 * Builds ZATCA's QR payload (base64 of the TLV records) from its fields, refusing values the
 * platform would refuse rather than emitting a QR code that fails later.
 */
import { encodeBase64 } from '../encoding/base64.ts';
import { utf8Encode } from '../encoding/utf8.ts';
import { InputError } from '../errors/input-error.ts';
import { QR_MAX_BASE64_LENGTH, QR_SAFE_VALUE_LENGTH, type QrFields } from './qr-fields.ts';
import { type TlvRecord, writeTlv } from './tlv.ts';

/** Options for {@link encodeQr}. */
export interface EncodeQrOptions {
  /**
   * Allow values of 128 to 255 bytes and a base64 text over 700 characters. Off by default:
   * the platform is reported to reject such QR codes. Values over 255 bytes are always refused.
   */
  readonly allowLongValues?: boolean;
}

/**
 * Encodes QR fields as ZATCA's base64 TLV text. Tag 9 is written only when
 * `certificateSignature` is given (simplified invoices).
 *
 * @throws {InputError} naming the field: rule `qr-value-empty` for an empty value,
 * `qr-value-length` for a value of 128 bytes or more (255 with `allowLongValues`),
 * `qr-total-length` for a result over 700 characters (unless `allowLongValues`).
 * @example
 * ```ts
 * const qr = encodeQr({
 *   sellerName: 'Maximum Speed Tech Supply LTD', vatNumber: '399999999900003',
 *   timestamp: '2022-08-17T17:41:08', invoiceTotal: '231.15', vatTotal: '30.15',
 *   invoiceHash, signature, publicKey: certificate.spki, certificateSignature: certificate.signatureValue,
 * });
 * ```
 */
export function encodeQr(fields: QrFields, options: EncodeQrOptions = {}): string {
  const limit = options.allowLongValues ? 256 : QR_SAFE_VALUE_LENGTH;
  const records: TlvRecord[] = [];
  const add = (tag: number, field: keyof QrFields, value: string | Uint8Array | undefined): void => {
    if (value === undefined) return;
    const bytes = typeof value === 'string' ? utf8Encode(value) : value;
    if (bytes.length === 0) {
      throw new InputError(field, 'qr-value-empty', `QR field ${field} (tag ${tag}) is empty.`);
    }
    if (bytes.length >= limit) {
      throw new InputError(
        field,
        'qr-value-length',
        `QR field ${field} (tag ${tag}) is ${bytes.length} bytes; it must stay under ${limit} bytes${
          options.allowLongValues
            ? ''
            : ' (the platform rejects longer values; pass allowLongValues to override)'
        }.`,
        { details: { length: bytes.length, limit } },
      );
    }
    records.push({ tag, value: bytes });
  };
  add(1, 'sellerName', fields.sellerName);
  add(2, 'vatNumber', fields.vatNumber);
  add(3, 'timestamp', fields.timestamp);
  add(4, 'invoiceTotal', fields.invoiceTotal);
  add(5, 'vatTotal', fields.vatTotal);
  add(6, 'invoiceHash', fields.invoiceHash);
  add(7, 'signature', fields.signature);
  add(8, 'publicKey', fields.publicKey);
  add(9, 'certificateSignature', fields.certificateSignature);
  const text = encodeBase64(writeTlv(records));
  if (!options.allowLongValues && text.length > QR_MAX_BASE64_LENGTH) {
    throw new InputError(
      'qr',
      'qr-total-length',
      `The QR text is ${text.length} characters; ZATCA asks for at most ${QR_MAX_BASE64_LENGTH}.`,
      { details: { length: text.length, limit: QR_MAX_BASE64_LENGTH } },
    );
  }
  return text;
}
