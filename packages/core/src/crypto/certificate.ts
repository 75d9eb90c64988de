/**
 * Reads X.509 certificates (RFC 5280) with a maintained ASN.1 library (asn1js),
 * extracting what ZATCA signing and verification need: the DER and its base64 text (what
 * `ds:X509Certificate` holds and `xades:CertDigest` digests), issuer in ZATCA's string form,
 * decimal serial, the secp256k1 public key and SubjectPublicKeyInfo (QR tag 8), the CA's signature
 * (QR tag 9), validity, subject, and the EGS fields of the SubjectAltName.
 */
import { decodeBase64, encodeBase64 } from '../encoding/base64.ts';
import { utf8Decode } from '../encoding/utf8.ts';
import { CertificateError } from '../errors/certificate-error.ts';
import { childrenOf, derCandidates, isContext, parseDer } from './der.ts';
import { nameValues } from './distinguished-name.ts';
import { OID } from './oids.ts';
import { readX509Fields, type X509Extension } from './x509-fields.ts';

/** The EGS unit's identity, as ZATCA's CA copies it from the CSR into the SubjectAltName. */
export interface EgsCertificateFields {
  /** SN: `1-<solution>|2-<model>|3-<serial>`. */
  readonly egsSerialNumber?: string;
  /** UID: the taxpayer's VAT number. */
  readonly vatNumber?: string;
  /** title: the four invoice-type flags, e.g. `1100`. */
  readonly invoiceType?: string;
  /** registeredAddress: the branch location. */
  readonly location?: string;
  /** businessCategory: the industry. */
  readonly industry?: string;
}

/** A parsed certificate. */
export interface Certificate {
  /** The certificate's DER bytes, exactly as the CA issued them. */
  readonly der: Uint8Array;
  /** The DER as base64 without line breaks: `ds:X509Certificate`'s text. */
  readonly base64: string;
  /** Serial number in decimal (`ds:X509SerialNumber`). */
  readonly serialNumber: string;
  /** Issuer DN, most specific RDN first, `", "` separated (`ds:X509IssuerName`). */
  readonly issuer: string;
  /** Subject DN in the same form. */
  readonly subject: string;
  /** Start of the validity period: a document signed before it fails `certificate-not-yet-valid`. */
  readonly notBefore: Date;
  /** End of the validity period: a document signed after it fails `certificate-expired`; renew before. */
  readonly notAfter: Date;
  /** The secp256k1 public point, uncompressed (65 bytes). */
  readonly publicKey: Uint8Array;
  /** DER SubjectPublicKeyInfo (88 bytes; QR tag 8). */
  readonly spki: Uint8Array;
  /** OID of the CA's signature algorithm. */
  readonly signatureAlgorithm: string;
  /** The CA's signature on the certificate, DER (QR tag 9). */
  readonly signatureValue: Uint8Array;
  /** The EGS fields of the SubjectAltName directory name, when present. */
  readonly egs: EgsCertificateFields;
}

const cache = new Map<string, Certificate>();
const CACHE_LIMIT = 32;

/**
 * Parses a certificate from PEM, bare base64 (ZATCA's SDK and API use it) or DER. Results are
 * cached by content (a few dozen entries), since an EGS unit signs with one certificate for months.
 *
 * @throws {CertificateError} `certificate-unreadable`, `certificate-not-ec`, `certificate-wrong-curve`.
 * @example
 * ```ts
 * const certificate = parseCertificate(csidPem);
 * certificate.issuer; // 'CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local'
 * ```
 */
export function parseCertificate(input: string | Uint8Array): Certificate {
  const key = typeof input === 'string' ? input : undefined;
  const cached = key === undefined ? undefined : cache.get(key);
  if (cached) return cached;
  const certificate = readCertificate(input);
  if (key !== undefined) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, certificate);
  }
  return certificate;
}

/**
 * Reads the certificate in a Fatoora API `binarySecurityToken`: base64 of the certificate's
 * base64 DER text.
 *
 * @throws {CertificateError} `certificate-unreadable` when either layer is not base64.
 * @example
 * ```ts
 * const certificate = certificateFromBinarySecurityToken(response.binarySecurityToken);
 * ```
 */
export function certificateFromBinarySecurityToken(token: string): Certificate {
  let inner: string;
  try {
    inner = utf8Decode(decodeBase64(token));
  } catch (error) {
    throw new CertificateError('certificate-unreadable', 'The binarySecurityToken is not base64 text.', {
      cause: error,
    });
  }
  return parseCertificate(inner);
}

function readCertificate(input: string | Uint8Array): Certificate {
  for (const der of derCandidates(input, ['CERTIFICATE'])) {
    const certificate = readX509(der);
    if (certificate) return certificate;
  }
  throw new CertificateError(
    'certificate-unreadable',
    'Not an X.509 certificate: expected PEM, base64 or DER.',
  );
}

/** RFC 5280 §4.1 through {@link readX509Fields}, then ZATCA's demand: an EC key on secp256k1. */
function readX509(der: Uint8Array): Certificate | undefined {
  const fields = readX509Fields(der);
  if (!fields) return undefined;
  if (fields.keyAlgorithm !== OID.ecPublicKey) {
    throw new CertificateError(
      'certificate-not-ec',
      `The certificate's key is not an EC key (algorithm ${fields.keyAlgorithm ?? 'unknown'}).`,
    );
  }
  if (fields.keyCurve !== OID.secp256k1) {
    throw new CertificateError(
      'certificate-wrong-curve',
      `The certificate's key is on curve ${fields.keyCurve ?? 'unknown'}; ZATCA requires secp256k1.`,
    );
  }
  return {
    der: fields.der,
    base64: encodeBase64(der),
    serialNumber: fields.serialNumber,
    issuer: fields.issuer,
    subject: fields.subject,
    notBefore: fields.notBefore,
    notAfter: fields.notAfter,
    publicKey: fields.publicKey,
    spki: fields.spki,
    signatureAlgorithm: fields.signatureAlgorithm,
    signatureValue: fields.signatureValue,
    egs: egsFields(fields.extensions),
  };
}

/** The EGS fields of the SubjectAltName's directoryName ([4] EXPLICIT Name), if any. */
function egsFields(extensions: readonly X509Extension[]): EgsCertificateFields {
  const subjectAltName = extensions.find((extension) => extension.oid === OID.subjectAltName);
  const names = childrenOf(subjectAltName ? parseDer(subjectAltName.value) : undefined);
  const directory = childrenOf(names.find((name) => isContext(name, 4)))[0];
  if (!directory) return {};
  const values = nameValues(directory);
  const fields: Record<string, string> = {};
  const take = (field: keyof EgsCertificateFields, oid: string) => {
    const text = values.get(oid);
    if (text !== undefined) fields[field] = text;
  };
  take('egsSerialNumber', OID.surname);
  take('vatNumber', OID.userId);
  take('invoiceType', OID.title);
  take('location', OID.registeredAddress);
  take('industry', OID.businessCategory);
  return fields;
}

/**
 * A certificate given as a parsed {@link Certificate}, PEM, base64 or DER.
 *
 * @throws {CertificateError} `certificate-unreadable` for anything else.
 */
export function toCertificate(input: Certificate | string | Uint8Array): Certificate {
  if (typeof input === 'string' || input instanceof Uint8Array) return parseCertificate(input);
  if (
    typeof input === 'object' &&
    input !== null &&
    input.spki instanceof Uint8Array &&
    typeof input.base64 === 'string'
  )
    return input;
  throw new CertificateError(
    'certificate-unreadable',
    `Expected a certificate (parsed, PEM, base64 or DER), got ${input === null ? 'null' : typeof input}.`,
  );
}
