/**
 * Base64 (RFC 4648, with padding) between bytes and text. ZATCA carries hashes, signatures,
 * certificates and QR payloads as base64 text; decoding is strict (no stray characters, correct
 * padding) so that a corrupted value is reported instead of silently read as other bytes.
 * Built on @scure/base, which is audited and runs in browsers and Node alike.
 */
import { base64 } from '@scure/base';

/**
 * Encodes bytes as padded base64.
 *
 * @example
 * ```ts
 * encodeBase64(new Uint8Array([1, 2, 3])); // 'AQID'
 * ```
 */
export function encodeBase64(bytes: Uint8Array): string {
  return base64.encode(bytes);
}

/**
 * Decodes padded base64, ignoring ASCII whitespace (line breaks in PEM bodies and XML text).
 *
 * @throws {Error} when the text is not valid base64; callers wrap it in their own typed error
 * naming the field, since only they know which field it was.
 * @example
 * ```ts
 * decodeBase64('AQID'); // Uint8Array [1, 2, 3]
 * ```
 */
export function decodeBase64(text: string): Uint8Array {
  return base64.decode(text.replace(/[\t\n\r ]+/g, ''));
}

/** Whether `text` (ignoring ASCII whitespace) is well-formed padded base64. */
export function isBase64(text: string): boolean {
  const compact = text.replace(/[\t\n\r ]+/g, '');
  return compact.length > 0 && compact.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact);
}
