import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Text } from './sha256-text.ts';

describe('sha256Text', () => {
  it('equals SHA-256 of the UTF-8 bytes for any text, short or long (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 50 }),
          fc.string({ unit: 'binary', minLength: 30_000, maxLength: 40_000 }),
        ),
        (text) => {
          expect(sha256Text(text)).toEqual(sha256(new TextEncoder().encode(text)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the known digest of "abc"', () => {
    expect(Array.from(sha256Text('abc'), (byte) => byte.toString(16).padStart(2, '0')).join('')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
