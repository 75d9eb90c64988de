/**
 * Checks that an issuer signed a certificate: the ECDSA signature over the certificate's DER
 * TBSCertificate, with SHA-256 or SHA-384 as its signatureAlgorithm says (RFC 5758 §3.2), by an
 * issuer key on secp256k1 (ZATCA's CAs and the simulator's), P-256 or P-384. The curve comes from
 * the issuer's key, the hash from the certificate; @noble/curves does the arithmetic.
 */

import { p256, p384 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256, sha384 } from '@noble/hashes/sha2.js';
import { OID } from './oids.ts';

/** The curves an issuer's key may be on, by their OID. */
const CURVES = {
  [OID.secp256k1]: secp256k1,
  [OID.p256]: p256,
  [OID.p384]: p384,
} as const;

/** The signature algorithms accepted on a certificate, and their hash. */
const HASHES = {
  [OID.ecdsaWithSha256]: sha256,
  [OID.ecdsaWithSha384]: sha384,
} as const;

/** The names of the curves an issuer's key may be on. */
export const ISSUER_CURVE_NAMES: Readonly<Record<string, string>> = {
  [OID.secp256k1]: 'secp256k1',
  [OID.p256]: 'P-256',
  [OID.p384]: 'P-384',
};

/**
 * Whether an issuer key may be on this curve (given by OID).
 *
 * @example
 * ```ts
 * isIssuerCurve(OID.p384); // true
 * ```
 */
export function isIssuerCurve(curve: string | undefined): boolean {
  return curve !== undefined && Object.hasOwn(CURVES, curve);
}

/** What is checked: the signed bytes, the algorithms named, and the signature. */
export interface SignedCertificate {
  /** The DER of TBSCertificate. */
  readonly tbs: Uint8Array;
  /** The outer signatureAlgorithm OID. */
  readonly signatureAlgorithm: string;
  /** The algorithm named inside TBSCertificate (RFC 5280 §4.1.2.3: must be the same). */
  readonly tbsSignatureAlgorithm?: string;
  /** DER `SEQUENCE { r, s }`. */
  readonly signatureValue: Uint8Array;
}

/** The issuer's public key: its curve (OID) and point. */
export interface IssuerKey {
  readonly curve: string;
  readonly publicKey: Uint8Array;
}

/**
 * Whether `issuer`'s key signed the certificate. Never throws: an unknown algorithm or curve, a
 * malformed key or signature is simply not a valid signature.
 *
 * @example
 * ```ts
 * verifyCertificateSignature(readX509Fields(leafDer)!, { curve: OID.secp256k1, publicKey: caPoint }); // true
 * ```
 */
export function verifyCertificateSignature(certificate: SignedCertificate, issuer: IssuerKey): boolean {
  const { signatureAlgorithm, tbsSignatureAlgorithm } = certificate;
  if (tbsSignatureAlgorithm !== undefined && tbsSignatureAlgorithm !== signatureAlgorithm) return false;
  const hash = Object.hasOwn(HASHES, signatureAlgorithm)
    ? HASHES[signatureAlgorithm as keyof typeof HASHES]
    : undefined;
  const curve = Object.hasOwn(CURVES, issuer.curve) ? CURVES[issuer.curve as keyof typeof CURVES] : undefined;
  if (!hash || !curve) return false;
  try {
    // The digest is computed here, so the hash follows the certificate and not the curve's default;
    // high-S signatures are valid ECDSA (CAs other than noble produce them).
    return curve.verify(certificate.signatureValue, hash(certificate.tbs), issuer.publicKey, {
      prehash: false,
      lowS: false,
      format: 'der',
    });
  } catch {
    return false;
  }
}
