import { describe, expect, it } from 'vitest';
import { samples, sdkCertificateText, sdkPrivateKeyText } from '../../test/samples.ts';
import { decodeBase64 } from '../encoding/base64.ts';
import { parseCertificate } from './certificate.ts';
import { signSha256Ecdsa, verifySha256Ecdsa } from './ecdsa.ts';
import { importPrivateKey } from './keys.ts';
import { generatePrivateKey } from './private-key.ts';

const certificate = parseCertificate(sdkCertificateText);

describe('ECDSA-SHA256 on secp256k1', () => {
  for (const sample of samples) {
    it(`verifies the SDK's signature of ${sample.path} over the raw hash bytes`, () => {
      const signature = decodeBase64(/<ds:SignatureValue>([^<]+)</.exec(sample.xml)![1]!);
      const hash = decodeBase64(sample.expectedHash);
      expect(verifySha256Ecdsa(certificate.publicKey, hash, signature)).toBe(true);
      expect(verifySha256Ecdsa(certificate.spki, hash, signature)).toBe(true);
      const flipped = hash.slice();
      flipped[0]! ^= 1;
      expect(verifySha256Ecdsa(certificate.publicKey, flipped, signature)).toBe(false);
    });
  }

  it('signs deterministically (RFC 6979)', () => {
    const key = importPrivateKey(sdkPrivateKeyText);
    const message = new Uint8Array(32).fill(7);
    expect(signSha256Ecdsa(key, message)).toEqual(signSha256Ecdsa(key, message));
    expect(verifySha256Ecdsa(key.publicKey, message, signSha256Ecdsa(key, message))).toBe(true);
  });

  it('returns false, never throws, on malformed signatures and keys', () => {
    const key = generatePrivateKey();
    const message = new Uint8Array([1]);
    expect(verifySha256Ecdsa(key.publicKey, message, new Uint8Array([0x30, 0x00]))).toBe(false);
    expect(verifySha256Ecdsa(new Uint8Array(10), message, signSha256Ecdsa(key, message))).toBe(false);
    expect(verifySha256Ecdsa(generatePrivateKey().publicKey, message, signSha256Ecdsa(key, message))).toBe(
      false,
    );
  });
});

describe('verifySha256Ecdsa with a cached key', () => {
  it('agrees with @noble/curves’ own verify on valid, high-S, tampered and malformed signatures (property)', async () => {
    const { secp256k1 } = await import('@noble/curves/secp256k1.js');
    const fc = (await import('fast-check')).default;
    const keys = [generatePrivateKey(), generatePrivateKey()];
    const n = secp256k1.Point.Fn.ORDER;
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.integer({ min: 0, max: 4 }),
        fc.nat(),
        (message, mutation, salt) => {
          const key = keys[salt % 2]!;
          let signature = signSha256Ecdsa(key, message);
          const parsed = secp256k1.Signature.fromBytes(signature, 'der');
          if (mutation === 1) signature = new secp256k1.Signature(parsed.r, n - parsed.s).toBytes('der'); // high-S twin
          if (mutation === 2)
            signature = new secp256k1.Signature(parsed.r, (parsed.s % (n - 1n)) + 1n).toBytes('der');
          if (mutation === 3) signature = signature.slice(0, signature.length - 1);
          if (mutation === 4)
            message = Uint8Array.from(message, (byte, index) => (index === 0 ? byte ^ 1 : byte));
          const expected = (() => {
            try {
              return secp256k1.verify(signature, message, key.publicKey, {
                prehash: true,
                lowS: false,
                format: 'der',
              });
            } catch {
              return false;
            }
          })();
          // Twice: the first call takes the generic path, the later ones the cached precomputed key.
          expect(verifySha256Ecdsa(key.publicKey, message, signature)).toBe(expected);
          expect(verifySha256Ecdsa(key.publicKey, message, signature)).toBe(expected);
          expect(verifySha256Ecdsa(key.publicKey, message, signature)).toBe(expected);
          if (mutation <= 1) expect(expected).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });
});
