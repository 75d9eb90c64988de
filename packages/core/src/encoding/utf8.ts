/**
 * UTF-8 between text and bytes, through the platform's TextEncoder/TextDecoder (present in every
 * browser and in Node), so core never needs Node's Buffer class.
 */
const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Encodes text as UTF-8 bytes.
 *
 * @example
 * ```ts
 * utf8Encode('ر'); // Uint8Array [0xd8, 0xb1]
 * ```
 */
export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Decodes UTF-8 bytes, refusing malformed sequences instead of inserting U+FFFD.
 *
 * @throws {TypeError} when the bytes are not valid UTF-8.
 * @example
 * ```ts
 * utf8Decode(new Uint8Array([0x41])); // 'A'
 * ```
 */
export function utf8Decode(bytes: Uint8Array): string {
  return strictDecoder.decode(bytes);
}
