/**
 * The simulator's own certificate authority, standing in for ZATCA's: a secp256k1 key and a
 * self-signed root (`CN=FATOORA-SIMULATOR-CA, DC=simulator, DC=fatoora, DC=local`), created on
 * first start and kept in the data directory, that issues CSIDs from checked CSRs — the CSR's
 * subject, key, SubjectAltName and template name extension, digitalSignature key usage and the
 * code-signing and client-authentication purposes, valid five years, signed ecdsa-with-SHA256.
 * Unlike ZATCA there is no intermediate CA, CRL or AIA. (Data directories from earlier versions
 * also hold a "stamp" identity; it is no longer used, as the platform leaves the taxpayer's
 * signature on cleared invoices.)
 */
import {
  type Certificate,
  exportPrivateKey,
  generatePrivateKey,
  importPrivateKey,
  OID,
  type PrivateKey,
  parseCertificate,
  publicKeySpki,
} from '@fatoora/core/crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import {
  AttributeTypeAndValue,
  AttributeValue,
  BasicConstraints,
  ExtendedKeyUsage,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_kp_clientAuth,
  id_kp_codeSigning,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  Certificate as X509Certificate,
} from '@peculiar/asn1-x509';
import { base64 } from '@scure/base';
import type { CheckedCsr } from './read-csr.ts';
import { extension, publicKeyIdentifier, signCertificate } from './sign-certificate.ts';

/** The CA's keys and certificates, as kept on disk. */
export interface AuthorityMaterial {
  /** PEM (SEC1) of the CA key. */
  readonly caKey: string;
  /** base64 DER of the root certificate. */
  readonly caCertificate: string;
}

/** A working CA. */
export interface CertificateAuthority {
  /** The root certificate. */
  readonly certificate: Certificate;
  /** Issues a CSID certificate from a checked CSR. */
  issue(csr: CheckedCsr, now: Date): Certificate;
}

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const CSID_YEARS = 5;

/**
 * New CA material: a root valid twenty years.
 *
 * @example
 * ```ts
 * const material = createAuthorityMaterial(new Date());
 * loadAuthority(material).certificate.issuer; // 'CN=FATOORA-SIMULATOR-CA, DC=simulator, DC=fatoora, DC=local'
 * ```
 */
export function createAuthorityMaterial(now: Date): AuthorityMaterial {
  const caKey = generatePrivateKey();
  const caName = name([
    [OID.domainComponent, { ia5String: 'local' }],
    [OID.domainComponent, { ia5String: 'fatoora' }],
    [OID.domainComponent, { ia5String: 'simulator' }],
    [OID.commonName, { utf8String: 'FATOORA-SIMULATOR-CA' }],
  ]);
  const root = signCertificate({
    subject: caName,
    subjectPublicKeyInfo: spkiOf(caKey),
    issuer: caName,
    issuerKey: caKey,
    notBefore: now,
    notAfter: new Date(now.getTime() + 20 * YEAR_MS),
    extensions: [
      extension(id_ce_basicConstraints, new BasicConstraints({ cA: true }), true),
      extension(id_ce_keyUsage, new KeyUsage(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign), true),
    ],
  });
  return {
    caKey: exportPrivateKey(caKey),
    caCertificate: base64.encode(root),
  };
}

/**
 * A working CA from its material.
 *
 * @throws {KeyError | CertificateError} when the material is damaged.
 * @example
 * ```ts
 * const authority = loadAuthority(material);
 * const certificate = authority.issue(checkedCsr, new Date());
 * ```
 */
export function loadAuthority(material: AuthorityMaterial): CertificateAuthority {
  const caKey = importPrivateKey(material.caKey);
  const certificate = parseCertificate(material.caCertificate);
  const caName = AsnConvert.parse(certificate.der, X509Certificate).tbsCertificate.subject;
  const caKeyIdentifier = publicKeyIdentifier(spkiOf(caKey));
  return {
    certificate,
    issue(csr, now) {
      const info = csr.request.certificationRequestInfo;
      const der = signCertificate({
        subject: info.subject,
        subjectPublicKeyInfo: info.subjectPKInfo,
        issuer: caName,
        issuerKeyIdentifier: caKeyIdentifier,
        issuerKey: caKey,
        notBefore: now,
        notAfter: new Date(now.getTime() + CSID_YEARS * YEAR_MS),
        extensions: [...csr.copiedExtensions, ...signingExtensions()],
      });
      return parseCertificate(der);
    },
  };
}

/** Key usage and purposes of a signing (end-entity) certificate, as ZATCA's CSIDs carry them. */
function signingExtensions() {
  return [
    extension(id_ce_keyUsage, new KeyUsage(KeyUsageFlags.digitalSignature), true),
    extension(id_ce_extKeyUsage, new ExtendedKeyUsage([id_kp_codeSigning, id_kp_clientAuth])),
  ];
}

function spkiOf(key: PrivateKey): SubjectPublicKeyInfo {
  return AsnConvert.parse(publicKeySpki(key), SubjectPublicKeyInfo);
}

function name(attributes: readonly [string, Partial<AttributeValue>][]): Name {
  return new Name(
    attributes.map(
      ([type, value]) =>
        new RelativeDistinguishedName([
          new AttributeTypeAndValue({ type, value: new AttributeValue(value) }),
        ]),
    ),
  );
}
