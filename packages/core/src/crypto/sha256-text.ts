/**
 * SHA-256 of a string's UTF-8 bytes without allocating them: the text is encoded into a scratch
 * buffer that is reused from call to call (TextEncoder.encodeInto is several times faster than
 * encode for a whole invoice), and only the 32-byte digest leaves this module.
 */
import { sha256 } from '@noble/hashes/sha2.js';

const encoder = new TextEncoder();
let scratch = new Uint8Array(64 * 1024);

/**
 * SHA-256 over the UTF-8 encoding of `text`.
 *
 * @example
 * ```ts
 * sha256Text('abc'); // ba7816bf… (32 bytes)
 * ```
 */
export function sha256Text(text: string): Uint8Array {
  // A UTF-16 code unit never needs more than 3 UTF-8 bytes.
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, scratch);
  return sha256(scratch.subarray(0, written));
}
