/**
 * Home-made certificate authorities for the trust tests: a CA key on secp256k1, P-256 or P-384,
 * a CA certificate with any subject (ZATCA's issuing CA's name included — which is the attack),
 * and certificates it issues with any subject, serial, validity and extensions (the SDK
 * certificate's copied). Built with @peculiar/asn1-x509 and signed with @noble/curves, the way
 * the simulator's CA signs (`packages/simulator/src/ca/sign-certificate.ts`), but without
 * `node:crypto`, so the tests run in the browser too.
 */
import { p256, p384 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256, sha384 } from '@noble/hashes/sha2.js';
import { ECParameters } from '@peculiar/asn1-ecc';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  BasicConstraints,
  Certificate,
  Extension,
  Extensions,
  id_ce_basicConstraints,
  id_ce_keyUsage,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { OID } from '../../src/crypto/oids.ts';
import { generatePrivateKey, type PrivateKey, revealSecret } from '../../src/crypto/private-key.ts';
import { encodeBase64 } from '../../src/encoding/base64.ts';
import { writePem } from '../../src/encoding/pem.ts';

/** The curves a test key may be on. */
export type TestCurve = 'secp256k1' | 'P-256' | 'P-384';

const CURVES = {
  secp256k1: { curve: secp256k1, oid: OID.secp256k1 },
  'P-256': { curve: p256, oid: OID.p256 },
  'P-384': { curve: p384, oid: OID.p384 },
} as const;

/** A test key: its curve, secret, SubjectPublicKeyInfo and, on secp256k1, the project's key. */
export interface TestKey {
  readonly curve: TestCurve;
  readonly secret: Uint8Array;
  readonly spki: SubjectPublicKeyInfo;
  /** The {@link PrivateKey} to sign invoices with (secp256k1 only). */
  readonly privateKey: PrivateKey | undefined;
}

/**
 * A fresh key; `curveOid` overrides the curve named in its SubjectPublicKeyInfo (to make a key the
 * readers must refuse).
 */
export function testKey(curve: TestCurve = 'secp256k1', curveOid?: string): TestKey {
  const { curve: implementation, oid } = CURVES[curve];
  const privateKey = curve === 'secp256k1' ? generatePrivateKey() : undefined;
  const secret = privateKey ? revealSecret(privateKey) : implementation.utils.randomSecretKey();
  const spki = new SubjectPublicKeyInfo({
    algorithm: new AlgorithmIdentifier({
      algorithm: OID.ecPublicKey,
      parameters: AsnConvert.serialize(new ECParameters({ namedCurve: curveOid ?? oid })),
    }),
    subjectPublicKey: implementation.getPublicKey(secret, false).slice().buffer as ArrayBuffer,
  });
  return { curve, secret, spki, privateKey };
}

/** A DN from `[type OID, value]` pairs, most general first (DER order). */
export function testName(attributes: readonly (readonly [string, string])[]): Name {
  return new Name(
    attributes.map(
      ([type, value]) =>
        new RelativeDistinguishedName([
          new AttributeTypeAndValue({
            type,
            value: new AttributeValue(
              type === OID.domainComponent ? { ia5String: value } : { utf8String: value },
            ),
          }),
        ]),
    ),
  );
}

/** What to certify. */
export interface TestCertificateOptions {
  readonly subject: Name;
  readonly key: TestKey;
  /** The issuer: its name and key; self-signed (subject and `key`) when absent. */
  readonly issuer?: { readonly name: Name; readonly key: TestKey };
  /** Default: random. */
  readonly serialNumber?: ArrayBuffer;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** basicConstraints cA=TRUE (critical) when true; no basicConstraints when false. */
  readonly ca?: boolean;
  /** keyUsage flags; default keyCertSign|cRLSign for a CA, digitalSignature otherwise; `null`: none. */
  readonly keyUsage?: number | null;
  /** More extensions (e.g. the SDK certificate's SubjectAltName). */
  readonly extensions?: readonly Extension[];
  /** Default: SHA-256. */
  readonly hash?: 'SHA-256' | 'SHA-384';
}

/** A test certificate: DER, PEM and base64. */
export interface TestCertificate {
  readonly der: Uint8Array;
  readonly pem: string;
  readonly base64: string;
}

/** Builds and signs a certificate. */
export function testCertificate(options: TestCertificateOptions): TestCertificate {
  const issuer = options.issuer ?? { name: options.subject, key: options.key };
  const ca = options.ca ?? false;
  const usage =
    options.keyUsage === undefined
      ? ca
        ? KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign
        : KeyUsageFlags.digitalSignature
      : options.keyUsage;
  const algorithm = new AlgorithmIdentifier({
    algorithm: options.hash === 'SHA-384' ? OID.ecdsaWithSha384 : OID.ecdsaWithSha256,
  });
  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber: options.serialNumber ?? randomSerial(),
    signature: algorithm,
    issuer: issuer.name,
    validity: new Validity({
      notBefore: options.notBefore ?? new Date('2024-01-01T00:00:00Z'),
      notAfter: options.notAfter ?? new Date('2034-01-01T00:00:00Z'),
    }),
    subject: options.subject,
    subjectPublicKeyInfo: options.key.spki,
    extensions: new Extensions([
      ...(ca ? [extension(id_ce_basicConstraints, new BasicConstraints({ cA: true }), true)] : []),
      ...(usage === null ? [] : [extension(id_ce_keyUsage, new KeyUsage(usage), true)]),
      ...(options.extensions ?? []),
    ]),
  });
  const tbs = new Uint8Array(AsnConvert.serialize(tbsCertificate));
  const digest = options.hash === 'SHA-384' ? sha384(tbs) : sha256(tbs);
  const signature = CURVES[issuer.key.curve].curve.sign(digest, issuer.key.secret, {
    prehash: false,
    format: 'der',
  });
  const der = new Uint8Array(
    AsnConvert.serialize(
      new Certificate({
        tbsCertificate,
        signatureAlgorithm: algorithm,
        signatureValue: signature.slice().buffer as ArrayBuffer,
      }),
    ),
  );
  return { der, pem: writePem('CERTIFICATE', der), base64: encodeBase64(der) };
}

/** The parts of an existing certificate a forger copies: subject, issuer name, serial, extensions. */
export function copiedParts(der: Uint8Array): {
  subject: Name;
  issuer: Name;
  serialNumber: ArrayBuffer;
  extensions: Extension[];
} {
  const { tbsCertificate } = AsnConvert.parse(der, Certificate);
  return {
    subject: tbsCertificate.subject,
    issuer: tbsCertificate.issuer,
    serialNumber: tbsCertificate.serialNumber,
    // Key identifiers and key usage aside: the forger writes its own.
    extensions: (tbsCertificate.extensions ?? []).filter(
      (item) => !['2.5.29.14', '2.5.29.35', OID.keyUsage, OID.basicConstraints].includes(item.extnID),
    ),
  };
}

function extension(extnID: string, value: unknown, critical = false): Extension {
  return new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

function randomSerial(): ArrayBuffer {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return bytes.buffer;
}
