/**
 * Trust anchors: the CA certificates a verifier trusts to have issued signing certificates — the
 * Fatoora platform's issuing CA, the simulator's root, a company's own test CA. Unlike a signing
 * certificate (secp256k1 only, `certificate.ts`), an anchor's key may be on secp256k1, P-256 or
 * P-384, but it must be a CA: basicConstraints `cA` TRUE and, when keyUsage is present,
 * keyCertSign. A PEM text may hold several certificates (a bundle): each is an anchor.
 */
import { encodeBase64 } from '../encoding/base64.ts';
import { CertificateError } from '../errors/certificate-error.ts';
import type { Certificate } from './certificate.ts';
import { ISSUER_CURVE_NAMES, isIssuerCurve } from './certificate-signature.ts';
import { derCandidates } from './der.ts';
import { OID } from './oids.ts';
import { allowsKeyUsage, basicConstraintsOf, readX509Fields } from './x509-fields.ts';

/** A CA certificate trusted to issue signing certificates. */
export interface TrustAnchor {
  /** The CA certificate's DER bytes. */
  readonly der: Uint8Array;
  /** The DER as base64 without line breaks. */
  readonly base64: string;
  /** Subject DN in ZATCA's string form: what an issued certificate's issuer must equal. */
  readonly subject: string;
  /** Issuer DN (the subject again for a self-signed root). */
  readonly issuer: string;
  /** Serial number in decimal. */
  readonly serialNumber: string;
  /** Start of the CA certificate's validity period. */
  readonly notBefore: Date;
  /** End of the CA certificate's validity period. */
  readonly notAfter: Date;
  /** OID of the key's curve: secp256k1, P-256 or P-384. */
  readonly curve: string;
  /** `secp256k1`, `P-256` or `P-384`. */
  readonly curveName: string;
  /** The public point. */
  readonly publicKey: Uint8Array;
}

/** What may name an anchor: a parsed anchor or certificate, PEM (one or several), base64 or DER. */
export type TrustAnchorInput = TrustAnchor | Certificate | string | Uint8Array;

const made = new WeakSet<TrustAnchor>();
const cache = new Map<string, readonly TrustAnchor[]>();
const CACHE_LIMIT = 16;

/**
 * Reads trust anchors. Each input may be a parsed anchor, a parsed {@link Certificate}, PEM text
 * (every `CERTIFICATE` block in it is one anchor), bare base64 or DER. Results for text are
 * cached, since a verifier checks thousands of invoices against the same anchors.
 *
 * @throws {CertificateError} `certificate-unreadable` (not a certificate), `certificate-not-ec` or
 *   `certificate-wrong-curve` (a key this library cannot check signatures with), `certificate-not-ca`
 *   (no basicConstraints cA TRUE, or a keyUsage without keyCertSign: not an issuer).
 * @example
 * ```ts
 * const anchors = readTrustAnchors([simulator.caCertificatePem]);
 * anchors[0]?.subject; // 'CN=FATOORA-SIMULATOR-CA, DC=simulator, DC=fatoora, DC=local'
 * ```
 */
export function readTrustAnchors(inputs: readonly TrustAnchorInput[]): TrustAnchor[] {
  if (!Array.isArray(inputs)) {
    throw new CertificateError('certificate-unreadable', 'Trust anchors must be given as a list.');
  }
  return inputs.flatMap((input) => readInput(input));
}

function readInput(input: TrustAnchorInput): readonly TrustAnchor[] {
  if (typeof input === 'object' && input !== null && made.has(input as TrustAnchor)) {
    return [input as TrustAnchor];
  }
  if (typeof input === 'string') {
    const cached = cache.get(input);
    if (cached) return cached;
    const anchors = readDers(derCandidates(input, ['CERTIFICATE']));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(input, anchors);
    return anchors;
  }
  if (input instanceof Uint8Array) return readDers([input]);
  if (typeof input === 'object' && input !== null && (input as { der?: unknown }).der instanceof Uint8Array) {
    return readDers([(input as { der: Uint8Array }).der]);
  }
  throw new CertificateError(
    'certificate-unreadable',
    `Expected a trust anchor (a CA certificate as PEM, base64 or DER), got ${input === null ? 'null' : typeof input}.`,
  );
}

function readDers(ders: readonly Uint8Array[]): TrustAnchor[] {
  if (ders.length === 0) {
    throw new CertificateError(
      'certificate-unreadable',
      'Not a trust anchor: expected a CA certificate as PEM, base64 or DER.',
    );
  }
  return ders.map(readAnchor);
}

function readAnchor(der: Uint8Array): TrustAnchor {
  const fields = readX509Fields(der);
  if (!fields) {
    throw new CertificateError(
      'certificate-unreadable',
      'Not a trust anchor: expected a CA certificate as PEM, base64 or DER.',
    );
  }
  if (fields.keyAlgorithm !== OID.ecPublicKey) {
    throw new CertificateError(
      'certificate-not-ec',
      `The trust anchor ${fields.subject} does not have an EC key (algorithm ${fields.keyAlgorithm ?? 'unknown'}).`,
    );
  }
  if (!isIssuerCurve(fields.keyCurve)) {
    throw new CertificateError(
      'certificate-wrong-curve',
      `The trust anchor ${fields.subject} has a key on curve ${fields.keyCurve ?? 'unknown'}; expected secp256k1, P-256 or P-384.`,
    );
  }
  // RFC 5280 §4.2.1.9 and §4.2.1.3: only a CA, whose key may sign certificates, issues them.
  if (!basicConstraintsOf(fields).ca) {
    throw new CertificateError(
      'certificate-not-ca',
      `The trust anchor ${fields.subject} is not a CA certificate (no basicConstraints cA=TRUE): give the certificate of the CA that issued the signing certificates, not a signing certificate.`,
    );
  }
  if (allowsKeyUsage(fields, 'keyCertSign') === false) {
    throw new CertificateError(
      'certificate-not-ca',
      `The trust anchor ${fields.subject} may not sign certificates (its keyUsage lacks keyCertSign).`,
    );
  }
  const curve = fields.keyCurve!;
  const anchor: TrustAnchor = {
    der: fields.der,
    base64: encodeBase64(fields.der),
    subject: fields.subject,
    issuer: fields.issuer,
    serialNumber: fields.serialNumber,
    notBefore: fields.notBefore,
    notAfter: fields.notAfter,
    curve,
    curveName: ISSUER_CURVE_NAMES[curve] ?? curve,
    publicKey: fields.publicKey,
  };
  made.add(anchor);
  return anchor;
}
