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
