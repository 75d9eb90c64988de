/**
 * The fields of an X.509 certificate (RFC 5280 §4.1) read from its DER, whatever its key: the
 * signed part (TBSCertificate) as encoded, serial, names, validity, key algorithm and curve, the
 * issuer's signature and the extensions, plus the two extensions that say what a certificate may
 * do (basicConstraints, keyUsage). The signing-certificate reader (`certificate.ts`) and the
 * trust-anchor reader (`trust-anchor.ts`) build on it and add their own demands on the key.
 */
import {
  childrenOf,
  contentOf,
  type DerNode,
  dateOf,
  encodingOf,
  isContext,
  isUniversal,
  oidOf,
  parseDer,
} from './der.ts';
import { formatDistinguishedName } from './distinguished-name.ts';
import { OID } from './oids.ts';

const BOOLEAN = 1;
const INTEGER = 2;
const BIT_STRING = 3;
const OCTET_STRING = 4;
const SEQUENCE = 16;

/** One certificate extension: its OID, criticality and the DER inside `extnValue`. */
export interface X509Extension {
  readonly oid: string;
  readonly critical: boolean;
  /** The content of the `extnValue` OCTET STRING: the extension's own DER. */
  readonly value: Uint8Array;
}

/** The fields of a certificate, before any demand on its key. */
export interface X509Fields {
  readonly der: Uint8Array;
  /** The DER of TBSCertificate, exactly as encoded: what the issuer signed. */
  readonly tbs: Uint8Array;
  /** Serial number in decimal. */
  readonly serialNumber: string;
  /** Issuer DN in ZATCA's string form (most specific RDN first). */
  readonly issuer: string;
  /** Subject DN in the same form. */
  readonly subject: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** OID of the subject key's algorithm (`ecPublicKey` for EC). */
  readonly keyAlgorithm: string | undefined;
  /** OID of the key's named curve, for an EC key. */
  readonly keyCurve: string | undefined;
  /** The subjectPublicKey bits (for EC: the point, usually uncompressed). */
  readonly publicKey: Uint8Array;
  /** DER SubjectPublicKeyInfo. */
  readonly spki: Uint8Array;
  /** OID of the issuer's signature algorithm (outer `signatureAlgorithm`). */
  readonly signatureAlgorithm: string;
  /** OID of the algorithm named inside TBSCertificate; RFC 5280 §4.1.2.3: must equal the outer one. */
  readonly tbsSignatureAlgorithm: string;
  /** The issuer's signature, DER (for ECDSA: `SEQUENCE { r, s }`). */
  readonly signatureValue: Uint8Array;
  readonly extensions: readonly X509Extension[];
}

/**
 * Reads a certificate's fields from its DER; `undefined` when the bytes are not an X.509
 * certificate.
 *
 * @example
 * ```ts
 * readX509Fields(der)?.subject; // 'CN=FATOORA-SIMULATOR-CA, DC=simulator, DC=fatoora, DC=local'
 * ```
 */
export function readX509Fields(der: Uint8Array): X509Fields | undefined {
  // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING };
  // TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber, signature, issuer, validity,
  // subject, subjectPublicKeyInfo, [1], [2], [3] extensions }.
  const root = parseDer(der);
  const [tbs, algorithm, signature] = childrenOf(root);
  if (!isUniversal(root, SEQUENCE) || !isUniversal(tbs, SEQUENCE) || !isUniversal(signature, BIT_STRING))
    return undefined;
  const fields = childrenOf(tbs);
  const first = isContext(fields[0], 0) ? 1 : 0;
  const [serial, innerAlgorithm, issuer, validity, subject, spki] = fields.slice(first);
  if (
    !isUniversal(serial, INTEGER) ||
    !isUniversal(issuer, SEQUENCE) ||
    !isUniversal(subject, SEQUENCE) ||
    !isUniversal(spki, SEQUENCE)
  ) {
    return undefined;
  }
  const [notBefore, notAfter] = childrenOf(validity).map(dateOf);
  if (!notBefore || !notAfter) return undefined;
  const [keyAlgorithm, keyBits] = childrenOf(spki);
  const [keyType, keyCurve] = childrenOf(keyAlgorithm);
  return {
    der: Uint8Array.from(der),
    tbs: encodingOf(tbs),
    serialNumber: decimalSerial(contentOf(serial)),
    issuer: formatDistinguishedName(issuer),
    subject: formatDistinguishedName(subject),
    notBefore,
    notAfter,
    keyAlgorithm: oidOf(keyType),
    keyCurve: oidOf(keyCurve),
    publicKey: contentOf(keyBits),
    spki: encodingOf(spki),
    signatureAlgorithm: oidOf(childrenOf(algorithm)[0]) ?? '',
    tbsSignatureAlgorithm: oidOf(childrenOf(innerAlgorithm)[0]) ?? '',
    signatureValue: contentOf(signature),
    extensions: readExtensions(fields.find((field) => isContext(field, 3))),
  };
}

/** The basicConstraints of a certificate (RFC 5280 §4.2.1.9). */
export interface BasicConstraints {
  /** Whether the extension is present at all. */
  readonly present: boolean;
  /** `cA`: the subject is a CA (DEFAULT FALSE). */
  readonly ca: boolean;
}

/**
 * Reads basicConstraints: `{ present: false, ca: false }` without the extension.
 *
 * @example
 * ```ts
 * basicConstraintsOf(readX509Fields(caDer)!).ca; // true
 * ```
 */
export function basicConstraintsOf(fields: Pick<X509Fields, 'extensions'>): BasicConstraints {
  const extension = fields.extensions.find((item) => item.oid === OID.basicConstraints);
  if (!extension) return { present: false, ca: false };
  // BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL }
  const [first] = childrenOf(parseDer(extension.value));
  return { present: true, ca: isUniversal(first, BOOLEAN) && (contentOf(first)[0] ?? 0) !== 0 };
}

/** The key usages this library looks at (RFC 5280 §4.2.1.3 bit numbers). */
export const KEY_USAGE_BITS = { digitalSignature: 0, keyCertSign: 5, cRLSign: 6 } as const;

/**
 * Whether the keyUsage extension allows a use: `undefined` when the certificate has no keyUsage
 * (no restriction), else whether the bit is set.
 *
 * @example
 * ```ts
 * allowsKeyUsage(readX509Fields(csidDer)!, 'digitalSignature'); // true
 * ```
 */
export function allowsKeyUsage(
  fields: Pick<X509Fields, 'extensions'>,
  usage: keyof typeof KEY_USAGE_BITS,
): boolean | undefined {
  const extension = fields.extensions.find((item) => item.oid === OID.keyUsage);
  if (!extension) return undefined;
  const node = parseDer(extension.value);
  if (!isUniversal(node, BIT_STRING)) return false;
  const bit = KEY_USAGE_BITS[usage];
  const byte = contentOf(node)[bit >> 3] ?? 0;
  return (byte & (0x80 >> (bit & 7))) !== 0;
}

/** Extensions ::= SEQUENCE OF Extension; Extension ::= SEQUENCE { extnID, critical DEFAULT FALSE, extnValue }. */
function readExtensions(wrapper: DerNode | undefined): X509Extension[] {
  const extensions: X509Extension[] = [];
  for (const item of childrenOf(childrenOf(wrapper)[0])) {
    const parts = childrenOf(item);
    const oid = oidOf(parts[0]);
    const value = parts.at(-1);
    if (oid === undefined || !isUniversal(value, OCTET_STRING)) continue;
    const critical =
      parts.length === 3 && isUniversal(parts[1], BOOLEAN) && (contentOf(parts[1])[0] ?? 0) !== 0;
    extensions.push({ oid, critical, value: contentOf(value) });
  }
  return extensions;
}

/** DER INTEGER content (two's complement, big-endian) as a decimal string. */
function decimalSerial(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  if (bytes.length > 0 && bytes[0]! & 0x80) value -= 1n << BigInt(bytes.length * 8);
  return value.toString(10);
}
