/**
 * secp256k1 public keys from the forms they come in: a raw point, a DER SubjectPublicKeyInfo
 * (RFC 5480, what certificates and QR tag 8 carry) or PEM `PUBLIC KEY`.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { KeyError } from '../errors/key-error.ts';
import { childrenOf, contentOf, derCandidates, oidOf, parseDer } from './der.ts';
import { OID } from './oids.ts';

/**
 * Reads a secp256k1 public key and returns the uncompressed point (65 bytes).
 *
 * @throws {KeyError} `key-unreadable` or `key-wrong-curve`.
 * @example
 * ```ts
 * importPublicKey(certificate.spki).length; // 65
 * ```
 */
export function importPublicKey(input: string | Uint8Array): Uint8Array {
  if (input instanceof Uint8Array && (input.length === 33 || input.length === 65)) return pointBytes(input);
  for (const der of derCandidates(input, ['PUBLIC KEY'])) {
    const [algorithm, key] = childrenOf(parseDer(der));
    const [type, curve] = childrenOf(algorithm);
    if (!key || !type) continue;
    if (oidOf(type) !== OID.ecPublicKey) {
      throw new KeyError('key-wrong-curve', `Not an EC public key (algorithm ${oidOf(type) ?? 'unknown'}).`);
    }
    if (oidOf(curve) !== OID.secp256k1) {
      throw new KeyError(
        'key-wrong-curve',
        `The key is on curve ${oidOf(curve) ?? 'unknown'}; ZATCA requires secp256k1 (${OID.secp256k1}).`,
      );
    }
    return pointBytes(contentOf(key));
  }
  throw new KeyError(
    'key-unreadable',
    'Not a public key: expected a secp256k1 point, SubjectPublicKeyInfo DER or PEM.',
  );
}

function pointBytes(bytes: Uint8Array): Uint8Array {
  try {
    return secp256k1.Point.fromBytes(bytes).toBytes(false);
  } catch (error) {
    throw new KeyError('key-unreadable', 'Not a point on secp256k1.', { cause: error });
  }
}
