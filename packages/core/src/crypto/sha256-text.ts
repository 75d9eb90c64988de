/**
 * SHA-256 of a string's UTF-8 bytes without allocating them: the text is encoded into one scratch
 * buffer of bounded size (256 KiB) that is reused from call to call (TextEncoder.encodeInto is
 * several times faster than encode for a whole invoice), and only the 32-byte digest leaves this
 * module. A text too long for the scratch is encoded and hashed in slices, fed to an incremental
 * SHA-256; a slice never ends between the two halves of a surrogate pair, so the bytes hashed are
 * exactly those of `new TextEncoder().encode(text)` (lone surrogates included, as U+FFFD) and the
 * memory held stays the same whatever the largest document ever hashed.
 */
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * Bytes of the scratch buffer kept for the life of the process.
 *
 * @example
 * ```ts
 * SHA256_TEXT_SCRATCH_BYTES; // 262144
 * ```
 */
export const SHA256_TEXT_SCRATCH_BYTES = 256 * 1024;

/**
 * UTF-16 code units encoded at once: a code unit never needs more than 3 UTF-8 bytes (a surrogate
 * pair, two units, needs 4), so a slice this long always fits the scratch.
 *
 * @example
 * ```ts
 * SHA256_TEXT_CHUNK_UNITS; // 87381
 * ```
 */
export const SHA256_TEXT_CHUNK_UNITS = Math.floor(SHA256_TEXT_SCRATCH_BYTES / 3);

const encoder = new TextEncoder();
let scratch: Uint8Array | undefined;

/**
 * SHA-256 over the UTF-8 encoding of `text`, with at most {@link SHA256_TEXT_SCRATCH_BYTES} of
 * scratch memory whatever its length.
 *
 * @throws nothing.
 * @example
 * ```ts
 * sha256Text('abc'); // ba7816bf… (32 bytes)
 * ```
 */
export function sha256Text(text: string): Uint8Array {
  scratch ??= new Uint8Array(SHA256_TEXT_SCRATCH_BYTES);
  if (text.length <= SHA256_TEXT_CHUNK_UNITS) {
    const { written } = encoder.encodeInto(text, scratch);
    return sha256(scratch.subarray(0, written));
  }
  const hash = sha256.create();
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + SHA256_TEXT_CHUNK_UNITS, text.length);
    // A high surrogate at the slice's end goes to the next slice, with the low surrogate that
    // may follow it: encoded apart, each half would become U+FFFD instead of one code point.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    const { written } = encoder.encodeInto(text.slice(start, end), scratch);
    hash.update(scratch.subarray(0, written));
    start = end;
  }
  return hash.digest();
}

function isHighSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xd800 && codeUnit <= 0xdbff;
}
