/**
 * Turns the bytes of an XML document into text, strictly. Invoices are UTF-8 (ZATCA's XML
 * Implementation Standard and UBL both require it), and a document is hashed and signed over its
 * exact characters, so a byte that is not UTF-8 must stop the reader: a lenient decoder would put
 * U+FFFD in its place and we would hash, sign or verify text that nobody wrote. One UTF-8 byte-order
 * mark is accepted; a UTF-16 or UTF-32 byte-order mark is an unsupported encoding.
 */
import { XmlError } from '../errors/xml-error.ts';

// ignoreBOM keeps a leading U+FEFF in the text, where readXml skips exactly one.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a document's bytes as UTF-8, refusing any malformed sequence with its byte offset. A
 * leading byte-order mark stays in the text as U+FEFF (the readers skip one).
 *
 * @throws {XmlError} `xml-encoding-invalid` (with `details.offset`, the first bad byte) for bytes
 * that are not UTF-8; `xml-encoding-unsupported` for a UTF-16 or UTF-32 byte-order mark.
 * @example
 * ```ts
 * decodeXmlBytes(new TextEncoder().encode('<a>é</a>')); // '<a>é</a>'
 * decodeXmlBytes(new Uint8Array([0x3c, 0x61, 0xff])); // throws xml-encoding-invalid, offset 2
 * ```
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) {
    throw new XmlError('xml-malformed', `Expected XML bytes, got ${bytes === null ? 'null' : typeof bytes}.`);
  }
  const foreignBom = foreignByteOrderMark(bytes);
  if (foreignBom) {
    throw new XmlError(
      'xml-encoding-unsupported',
      `The document starts with a ${foreignBom} byte-order mark; invoices must be UTF-8.`,
      { details: { encoding: foreignBom } },
    );
  }
  try {
    return strictDecoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    throw new XmlError(
      'xml-encoding-invalid',
      `The document is not valid UTF-8: byte ${offset} (0x${hex(bytes[offset] ?? 0)}) starts no valid sequence.`,
      { details: { offset } },
    );
  }
}

function foreignByteOrderMark(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'UTF-32';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'UTF-32';
  if ((a === 0xfe && b === 0xff) || (a === 0xff && b === 0xfe)) return 'UTF-16';
  return undefined;
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence (Unicode 15,
 * table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or the length when all are
 * well formed. Run only after the platform decoder has refused the bytes, to say where.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return index;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
