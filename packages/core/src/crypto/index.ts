/**
 * secp256k1 keys, ECDSA-SHA256 and X.509 certificates for ZATCA signing, and the trust anchors
 * (CA certificates) a verifier checks a signing certificate's issuer against.
 *
 * @module @fatoora/core/crypto
 */

export { type PemBlock, readPemBlocks, writePem } from '../encoding/pem.ts';
export {
  type Certificate,
  certificateFromBinarySecurityToken,
  type EgsCertificateFields,
  parseCertificate,
} from './certificate.ts';
export { formatDistinguishedName } from './distinguished-name.ts';
export { signSha256Ecdsa, verifySha256Ecdsa } from './ecdsa.ts';
export { exportPrivateKey, importPrivateKey, type PrivateKeyExportOptions, publicKeySpki } from './keys.ts';
export { OID } from './oids.ts';
export { generatePrivateKey, PrivateKey } from './private-key.ts';
export { importPublicKey } from './public-key.ts';
export { readTrustAnchors, type TrustAnchor, type TrustAnchorInput } from './trust-anchor.ts';
