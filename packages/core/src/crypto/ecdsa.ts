/**
 * ECDSA on secp256k1 with SHA-256, as ZATCA uses it: `SHA256withECDSA`, DER-encoded
 * `SEQUENCE { r, s }`. Signing is deterministic (RFC 6979 nonces) and low-S; verification also
 * accepts high-S signatures, which ZATCA's Java SDK produces.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { type PrivateKey, revealSecret } from './private-key.ts';
import { importPublicKey } from './public-key.ts';

/**
 * Signs SHA-256(`message`) with the key. For an invoice, `message` is the 32 raw bytes of the
 * invoice hash (ZATCA signs the hash's bytes, so the curve signs SHA-256 of the hash).
 *
 * @example
 * ```ts
 * const signature = signSha256Ecdsa(key, invoiceDigest(document)); // DER bytes
 * ```
 */
export function signSha256Ecdsa(key: PrivateKey, message: Uint8Array): Uint8Array {
  return secp256k1.sign(message, revealSecret(key), { prehash: true, lowS: true, format: 'der' });
}

/**
 * Verifies a DER ECDSA signature of SHA-256(`message`). Never throws: a malformed signature or
 * key is simply not valid.
 *
 * @param publicKey - a raw point (33 or 65 bytes) or a DER SubjectPublicKeyInfo.
 * @example
 * ```ts
 * verifySha256Ecdsa(certificate.publicKey, hashBytes, signatureBytes); // true
 * ```
 */
export function verifySha256Ecdsa(
  publicKey: Uint8Array,
  message: Uint8Array,
  derSignature: Uint8Array,
): boolean {
  try {
    const point = publicKey.length === 65 || publicKey.length === 33 ? publicKey : importPublicKey(publicKey);
    return secp256k1.verify(derSignature, message, point, { prehash: true, lowS: false, format: 'der' });
  } catch {
    return false;
  }
}
