/**
 * Builds and signs an X.509 v3 certificate (RFC 5280 §4.1) with ecdsa-with-SHA256 on secp256k1,
 * the way ZATCA's CA signs CSIDs: a random positive 128-bit serial, the issuer's name, the
 * validity, the subject's name and key, and the extensions given plus the subject and authority
 * key identifiers (SHA-1 of the public key bits, RFC 5280 §4.2.1.2). The root certificate signs
 * itself through the same function.
 */
import { createHash, randomBytes } from 'node:crypto';
import { OID, type PrivateKey, signSha256Ecdsa } from '@fatoora/core/crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AuthorityKeyIdentifier,
  Certificate,
  Extension,
  Extensions,
  id_ce_authorityKeyIdentifier,
  id_ce_subjectKeyIdentifier,
  KeyIdentifier,
  type Name,
  SubjectKeyIdentifier,
  type SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';

/** What to certify, and who signs. */
export interface CertificateTemplate {
  readonly subject: Name;
  readonly subjectPublicKeyInfo: SubjectPublicKeyInfo;
  readonly issuer: Name;
  /** The issuer's key identifier (its SKI); omitted for a self-signed certificate. */
  readonly issuerKeyIdentifier?: Uint8Array;
  readonly issuerKey: PrivateKey;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Extensions besides the key identifiers. */
  readonly extensions: readonly Extension[];
}

/**
 * Signs a certificate and returns its DER.
 *
 * @example
 * ```ts
 * const der = signCertificate({ subject, subjectPublicKeyInfo, issuer: caName, issuerKeyIdentifier, issuerKey: caKey, notBefore, notAfter, extensions: [] });
 * ```
 */
export function signCertificate(template: CertificateTemplate): Uint8Array {
  const keyIdentifier = publicKeyIdentifier(template.subjectPublicKeyInfo);
  const authorityKeyIdentifier = template.issuerKeyIdentifier ?? keyIdentifier;
  const algorithm = new AlgorithmIdentifier({ algorithm: OID.ecdsaWithSha256 }); // RFC 5758 §3.2: no parameters
  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber: serialNumber(),
    signature: algorithm,
    issuer: template.issuer,
    validity: new Validity({
      notBefore: wholeSeconds(template.notBefore),
      notAfter: wholeSeconds(template.notAfter),
    }),
    subject: template.subject,
    subjectPublicKeyInfo: template.subjectPublicKeyInfo,
    extensions: new Extensions([
      ...template.extensions,
      extension(id_ce_subjectKeyIdentifier, new SubjectKeyIdentifier(keyIdentifier)),
      extension(
        id_ce_authorityKeyIdentifier,
        new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(authorityKeyIdentifier) }),
      ),
    ]),
  });
  const tbs = new Uint8Array(AsnConvert.serialize(tbsCertificate));
  const signature = signSha256Ecdsa(template.issuerKey, tbs);
  return new Uint8Array(
    AsnConvert.serialize(
      new Certificate({
        tbsCertificate,
        signatureAlgorithm: algorithm,
        signatureValue: signature.slice().buffer,
      }),
    ),
  );
}

/**
 * An extension whose value is the DER of `value`.
 *
 * @example
 * ```ts
 * extension(id_ce_basicConstraints, new BasicConstraints({ cA: true }), true);
 * ```
 */
export function extension(extnID: string, value: unknown, critical = false): Extension {
  return new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

/**
 * RFC 5280 §4.2.1.2 (1): SHA-1 of the subjectPublicKey BIT STRING's bits.
 *
 * @example
 * ```ts
 * publicKeyIdentifier(spki).length; // 20
 * ```
 */
export function publicKeyIdentifier(spki: SubjectPublicKeyInfo): Uint8Array {
  return new Uint8Array(createHash('sha1').update(new Uint8Array(spki.subjectPublicKey)).digest());
}

/** A positive, non-zero-led 128-bit serial (RFC 5280 §4.1.2.2: at most 20 octets, positive). */
function serialNumber(): ArrayBuffer {
  const bytes = new Uint8Array(randomBytes(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return bytes.buffer;
}

/** Certificate times have whole seconds (UTCTime / GeneralizedTime without fractions). */
function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
