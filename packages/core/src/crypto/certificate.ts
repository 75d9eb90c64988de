/**
 * Reads X.509 certificates (RFC 5280) with a maintained ASN.1 library (@peculiar/asn1-x509),
 * extracting what ZATCA signing and verification need: the DER and its base64 text (what
 * `ds:X509Certificate` holds and `xades:CertDigest` digests), issuer in ZATCA's string form,
 * decimal serial, the secp256k1 public key and SubjectPublicKeyInfo (QR tag 8), the CA's signature
 * (QR tag 9), validity, subject, and the EGS fields of the SubjectAltName.
 */
import { AsnConvert } from '@peculiar/asn1-schema';
import { SubjectAlternativeName, Certificate as X509Certificate } from '@peculiar/asn1-x509';
import { decodeBase64, encodeBase64 } from '../encoding/base64.ts';
import { utf8Decode } from '../encoding/utf8.ts';
import { CertificateError } from '../errors/certificate-error.ts';
import { formatDistinguishedName, nameValues } from './distinguished-name.ts';
import { candidateDers, namedCurveOf, tryParse } from './keys.ts';
import { OID } from './oids.ts';

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
  readonly der: Uint8Array;
  /** The DER as base64 without line breaks: `ds:X509Certificate`'s text. */
  readonly base64: string;
  /** Serial number in decimal (`ds:X509SerialNumber`). */
  readonly serialNumber: string;
  /** Issuer DN, most specific RDN first, `", "` separated (`ds:X509IssuerName`). */
  readonly issuer: string;
  /** Subject DN in the same form. */
  readonly subject: string;
  readonly notBefore: Date;
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
  const ders = candidateDers(input, ['CERTIFICATE']);
  let parsed: X509Certificate | undefined;
  let der: Uint8Array | undefined;
  for (const candidate of ders) {
    parsed = tryParse(candidate, X509Certificate);
    if (parsed) {
      der = candidate;
      break;
    }
  }
  if (!parsed || !der) {
    throw new CertificateError(
      'certificate-unreadable',
      'Not an X.509 certificate: expected PEM, base64 or DER.',
    );
  }
  const tbs = parsed.tbsCertificate;
  const spkiInfo = tbs.subjectPublicKeyInfo;
  if (spkiInfo.algorithm.algorithm !== OID.ecPublicKey) {
    throw new CertificateError(
      'certificate-not-ec',
      `The certificate's key is not an EC key (algorithm ${spkiInfo.algorithm.algorithm}).`,
    );
  }
  const curve = namedCurveOf(spkiInfo.algorithm.parameters);
  if (curve !== OID.secp256k1) {
    throw new CertificateError(
      'certificate-wrong-curve',
      `The certificate's key is on curve ${curve ?? 'unknown'}; ZATCA requires secp256k1.`,
    );
  }
  return {
    der: Uint8Array.from(der),
    base64: encodeBase64(der),
    serialNumber: decimalSerial(new Uint8Array(tbs.serialNumber)),
    issuer: formatDistinguishedName(tbs.issuer),
    subject: formatDistinguishedName(tbs.subject),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    publicKey: new Uint8Array(spkiInfo.subjectPublicKey),
    spki: new Uint8Array(AsnConvert.serialize(spkiInfo)),
    signatureAlgorithm: parsed.signatureAlgorithm.algorithm,
    signatureValue: new Uint8Array(parsed.signatureValue),
    egs: egsFields(parsed),
  };
}

/** DER INTEGER content (two's complement, big-endian) as a decimal string. */
function decimalSerial(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  if (bytes.length > 0 && bytes[0]! & 0x80) value -= 1n << BigInt(bytes.length * 8);
  return value.toString(10);
}

function egsFields(certificate: X509Certificate): EgsCertificateFields {
  const extension = certificate.tbsCertificate.extensions?.find(
    (candidate) => candidate.extnID === OID.subjectAltName,
  );
  if (!extension) return {};
  const names = tryParse(new Uint8Array(extension.extnValue.buffer), SubjectAlternativeName);
  const directory = names ? [...names].find((name) => name.directoryName)?.directoryName : undefined;
  if (!directory) return {};
  const values = nameValues(directory);
  const fields: Record<string, string> = {};
  const take = (field: keyof EgsCertificateFields, oid: string) => {
    const value = values.get(oid);
    if (value !== undefined) fields[field] = value;
  };
  take('egsSerialNumber', OID.surname);
  take('vatNumber', OID.userId);
  take('invoiceType', OID.title);
  take('location', OID.registeredAddress);
  take('industry', OID.businessCategory);
  return fields;
}
