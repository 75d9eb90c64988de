/**
 * The tag-length-value framing of ZATCA's QR payload: one byte of tag, one byte of length, then
 * the value bytes (Security Features Implementation Standards §2.5; signing-rules §3). The
 * one-byte length is what caps a value at 255 bytes.
 */
import { InputError } from '../errors/input-error.ts';

/** One TLV record. */
export interface TlvRecord {
  /** The tag, one byte (ZATCA's QR uses 1 to 9): which field the value is. */
  readonly tag: number;
  /** The value bytes: at most 255, since the length is one byte. */
  readonly value: Uint8Array;
}

/**
 * Concatenates records into TLV bytes.
 *
 * @throws {InputError} rule `qr-value-length` when a value is longer than 255 bytes (the length
 * must fit one byte).
 * @example
 * ```ts
 * writeTlv([{ tag: 2, value: utf8Encode('399999999900003') }]); // 02 0f 33 39 …
 * ```
 */
export function writeTlv(records: readonly TlvRecord[]): Uint8Array {
  let size = 0;
  for (const { tag, value } of records) {
    if (value.length > 255) {
      throw new InputError(
        `qr.tag${tag}`,
        'qr-value-length',
        `QR tag ${tag} is ${value.length} bytes; a TLV value holds at most 255.`,
      );
    }
    size += 2 + value.length;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const { tag, value } of records) {
    out[offset] = tag;
    out[offset + 1] = value.length;
    out.set(value, offset + 2);
    offset += 2 + value.length;
  }
  return out;
}

/**
 * Splits TLV bytes into records, in order.
 *
 * @throws {InputError} rule `qr-tlv-truncated` when a record runs past the end of the bytes.
 * @example
 * ```ts
 * readTlv(new Uint8Array([1, 1, 65])); // [{ tag: 1, value: Uint8Array [65] }]
 * ```
 */
export function readTlv(bytes: Uint8Array): TlvRecord[] {
  const records: TlvRecord[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (offset + 2 > bytes.length) {
      throw new InputError(
        'qr',
        'qr-tlv-truncated',
        `The QR payload ends inside the header of a record at byte ${offset}.`,
      );
    }
    const tag = bytes[offset]!;
    const length = bytes[offset + 1]!;
    const end = offset + 2 + length;
    if (end > bytes.length) {
      throw new InputError(
        'qr',
        'qr-tlv-truncated',
        `QR tag ${tag} declares ${length} bytes but only ${bytes.length - offset - 2} remain.`,
      );
    }
    records.push({ tag, value: bytes.subarray(offset + 2, end) });
    offset = end;
  }
  return records;
}
