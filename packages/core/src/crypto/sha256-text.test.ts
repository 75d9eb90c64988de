import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHA256_TEXT_CHUNK_UNITS, SHA256_TEXT_SCRATCH_BYTES, sha256Text } from './sha256-text.ts';

const reference = (text: string) => sha256(new TextEncoder().encode(text));

/** Pieces that stress UTF-8 encoding: 1, 2, 3 and 4 bytes, a pair, and each lone half. */
const TRICKY = ['a', 'é', '€', '😀', '\uD83D', '\uDE00', '\uDBFF\uDFFF', '\uFFFF', '\0'];

describe('sha256Text', () => {
  it('equals SHA-256 of the UTF-8 bytes for any text, short or long (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 50 }),
          fc.string({ unit: 'binary', minLength: 30_000, maxLength: 40_000 }),
        ),
        (text) => {
          expect(sha256Text(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('equals SHA-256 of the UTF-8 bytes when a slice boundary falls among astral characters and lone surrogates (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a', 'é', '€', '😀'),
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: -8, max: 8 }),
        fc.array(fc.constantFrom(...TRICKY), { maxLength: 16 }).map((pieces) => pieces.join('')),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (filler, slices, offset, middle, tail) => {
          const before = slices * SHA256_TEXT_CHUNK_UNITS + offset;
          const text = filler.repeat(Math.max(0, Math.floor(before / filler.length))) + middle + tail;
          expect(sha256Text(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('hashes a surrogate pair split across the first slice boundary as one code point', () => {
    const text = `${'a'.repeat(SHA256_TEXT_CHUNK_UNITS - 1)}😀b`;
    expect(text.charCodeAt(SHA256_TEXT_CHUNK_UNITS - 1)).toBe(0xd83d);
    expect(sha256Text(text)).toEqual(reference(text));
  });

  it('hashes texts many times larger than its scratch buffer', () => {
    const text = '€😀\uD800x'.repeat(Math.ceil((4 * SHA256_TEXT_SCRATCH_BYTES) / 5));
    expect(sha256Text(text)).toEqual(reference(text));
    expect(sha256Text('abc')).toEqual(reference('abc'));
  });

  it('gives the known digest of "abc"', () => {
    expect(Array.from(sha256Text('abc'), (byte) => byte.toString(16).padStart(2, '0')).join('')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
