/**
 * Reads ZATCA's QR payload back into its fields, reporting precisely what is wrong with a
 * malformed one (not base64, truncated TLV, unknown, repeated or out-of-order tags, missing
 * fields, text that is not UTF-8).
 */
import { decodeBase64 } from '../encoding/base64.ts';
import { utf8Decode } from '../encoding/utf8.ts';
import { InputError } from '../errors/input-error.ts';
import { QR_TAGS, type QrFields } from './qr-fields.ts';
import { readTlv } from './tlv.ts';

/** A decoded QR: the fields, plus whether tag 9 (simplified invoices) was present. */
export interface DecodedQr extends QrFields {
  /** The tags in the order they appeared. */
  readonly tags: readonly number[];
}

/**
 * Decodes ZATCA's base64 TLV QR text. Tags 1–8 are required; tag 9 is optional.
 *
 * @throws {InputError} field `qr` with rule `qr-not-base64`, `qr-tlv-truncated`,
 * `qr-unknown-tag`, `qr-tag-order` (repeated or out of order) or `qr-missing-tag`; or field
 * `<name>` with rule `qr-not-utf8` for a text value that is not UTF-8.
 * @example
 * ```ts
 * decodeQr(qrText).sellerName; // 'Maximum Speed Tech Supply LTD'
 * ```
 */
export function decodeQr(text: string): DecodedQr {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(text.trim());
  } catch (error) {
    throw new InputError('qr', 'qr-not-base64', 'The QR text is not valid base64.', { cause: error });
  }
  const values = new Map<number, Uint8Array>();
  const tags: number[] = [];
  for (const { tag, value } of readTlv(bytes)) {
    if (!(tag in QR_TAGS)) {
      throw new InputError('qr', 'qr-unknown-tag', `The QR carries unknown tag ${tag}.`, {
        details: { tag },
      });
    }
    const previous = tags.at(-1);
    if (previous !== undefined && tag <= previous) {
      throw new InputError(
        'qr',
        'qr-tag-order',
        `QR tag ${tag} follows tag ${previous}; tags must appear once each, in ascending order.`,
        {
          details: { tag, previous },
        },
      );
    }
    tags.push(tag);
    values.set(tag, value);
  }
  const textValue = (tag: keyof typeof QR_TAGS): string => {
    const value = required(values, tag);
    try {
      return utf8Decode(value);
    } catch (error) {
      throw new InputError(
        QR_TAGS[tag],
        'qr-not-utf8',
        `QR tag ${tag} (${QR_TAGS[tag]}) is not UTF-8 text.`,
        { cause: error },
      );
    }
  };
  const certificateSignature = values.get(9);
  return {
    sellerName: textValue(1),
    vatNumber: textValue(2),
    timestamp: textValue(3),
    invoiceTotal: textValue(4),
    vatTotal: textValue(5),
    invoiceHash: textValue(6),
    signature: textValue(7),
    publicKey: required(values, 8),
    ...(certificateSignature ? { certificateSignature } : {}),
    tags,
  };
}

function required(values: ReadonlyMap<number, Uint8Array>, tag: keyof typeof QR_TAGS): Uint8Array {
  const value = values.get(tag);
  if (value === undefined) {
    throw new InputError('qr', 'qr-missing-tag', `The QR lacks tag ${tag} (${QR_TAGS[tag]}).`, {
      details: { tag },
    });
  }
  return value;
}
