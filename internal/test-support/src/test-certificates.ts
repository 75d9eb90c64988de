/**
 * Home-made certificate authorities for the trust tests: a CA key on secp256k1, P-256 or P-384,
 * a CA certificate with any subject (ZATCA's issuing CA's name included — which is the attack),
 * and certificates it issues with any subject, serial, validity and extensions (the SDK
 * certificate's copied). Built with @peculiar/asn1-x509 and signed with @noble/curves, the way
 * the simulator's CA signs (`packages/simulator/src/ca/sign-certificate.ts`), but without
 * `node:crypto`, so the tests run in the browser too. Free of `@fatoora/core` (object identifiers
 * from the ASN.1 schema packages, PEM written here): a secp256k1 test key gives its SEC1 DER, which
 * `importPrivateKey` turns into the key that signs invoices
 * (`packages/core/test/support/test-certificates.ts` does it for core's tests).
 */
import { p256, p384 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256, sha384 } from '@noble/hashes/sha2.js';
import {
  ECParameters,
  ECPrivateKey,
  id_ecdsaWithSHA256,
  id_ecdsaWithSHA384,
  id_ecPublicKey,
  id_secp256r1,
  id_secp384r1,
} from '@peculiar/asn1-ecc';
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
import { base64 } from '@scure/base';

/** SEC 2's secp256k1 (the ASN.1 schema packages name the NIST curves only). */
const ID_SECP256K1 = '1.3.132.0.10';
/** RFC 4519's domainComponent (DC), an IA5String. */
const ID_DOMAIN_COMPONENT = '0.9.2342.19200300.100.1.25';

/** The curves a test key may be on. */
export type TestCurve = 'secp256k1' | 'P-256' | 'P-384';

const CURVES = {
  secp256k1: { curve: secp256k1, oid: ID_SECP256K1 },
  'P-256': { curve: p256, oid: id_secp256r1 },
  'P-384': { curve: p384, oid: id_secp384r1 },
} as const;

/** A test key: its curve, secret and SubjectPublicKeyInfo. */
export interface TestKey {
  readonly curve: TestCurve;
  readonly secret: Uint8Array;
  readonly spki: SubjectPublicKeyInfo;
}

/**
 * A fresh key; `curveOid` overrides the curve named in its SubjectPublicKeyInfo (to make a key the
 * readers must refuse).
 *
 * @example
 * ```ts
 * const ca = testKey('P-384');
 * ```
 */
export function testKey(curve: TestCurve = 'secp256k1', curveOid?: string): TestKey {
  const { curve: implementation, oid } = CURVES[curve];
  const secret = implementation.utils.randomSecretKey();
  const spki = new SubjectPublicKeyInfo({
    algorithm: new AlgorithmIdentifier({
      algorithm: id_ecPublicKey,
      parameters: AsnConvert.serialize(new ECParameters({ namedCurve: curveOid ?? oid })),
    }),
    subjectPublicKey: implementation.getPublicKey(secret, false).slice().buffer as ArrayBuffer,
  });
  return { curve, secret, spki };
}

/**
 * A secp256k1 test key as SEC1 DER (`ECPrivateKey` naming its curve): what `importPrivateKey` of
 * `@fatoora/core/crypto` reads into the key that signs invoices.
 *
 * @throws {Error} for a key on another curve (invoices are signed on secp256k1 only).
 * @example
 * ```ts
 * const privateKey = importPrivateKey(sec1PrivateKey(testKey()));
 * ```
 */
export function sec1PrivateKey(key: TestKey): Uint8Array {
  if (key.curve !== 'secp256k1') throw new Error(`test fixture: a ${key.curve} key signs no invoice`);
  return new Uint8Array(
    AsnConvert.serialize(
      new ECPrivateKey({
        version: 1,
        privateKey: new OctetString(key.secret),
        parameters: new ECParameters({ namedCurve: ID_SECP256K1 }),
      }),
    ),
  );
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
              type === ID_DOMAIN_COMPONENT ? { ia5String: value } : { utf8String: value },
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
    algorithm: options.hash === 'SHA-384' ? id_ecdsaWithSHA384 : id_ecdsaWithSHA256,
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
  const text = base64.encode(der);
  const lines = text.match(/.{1,64}/g) ?? [];
  return {
    der,
    pem: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
    base64: text,
  };
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
      (item) => !['2.5.29.14', '2.5.29.35', id_ce_keyUsage, id_ce_basicConstraints].includes(item.extnID),
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
