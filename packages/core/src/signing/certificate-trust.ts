/**
 * Whether a document's signing certificate comes from an issuer the verifier trusts: issued by one
 * of the trust anchors given (its issuer DN is the anchor's subject and its signature verifies with
 * the anchor's key — a home-made CA copying ZATCA's name fails here), valid at the signing time
 * (and the anchor too), and an end-entity certificate (not a CA, keyUsage allowing
 * digitalSignature). Without this check a document is only internally consistent: anyone can
 * make a certificate whose names copy a taxpayer's and ZATCA's CA.
 *
 * The signing time is `xades:SigningTime`, an `xsd:dateTime`. ZATCA writes it without a zone
 * (`YYYY-MM-DDTHH:MM:SS`, signing-rules §2), and such a time is read as UTC; a time written with
 * `Z` (older SDK samples) or a `±hh:mm` offset is the instant it names. When it is unreadable
 * (reported as `signing-time-invalid` on its own), the current time is used. It is the signer's own claim
 * (signed with the certificate's key), so it dates a document only as far as the signer is honest.
 *
 * An anchor must be the certificate's direct issuer: there is no path building through
 * intermediate CAs (for ZATCA's CSIDs, anchor the issuing CA, e.g. `PRZEINVOICESCA4-CA`, not
 * ZATCA's root), and no revocation check (CRL, OCSP).
 */
import type { Certificate } from '../crypto/certificate.ts';
import { verifyCertificateSignature } from '../crypto/certificate-signature.ts';
import type { TrustAnchor } from '../crypto/trust-anchor.ts';
import {
  allowsKeyUsage,
  basicConstraintsOf,
  readX509Fields,
  type X509Fields,
} from '../crypto/x509-fields.ts';
import { parseXsdDateTime, xsdInstant } from '../xml/xsd-date-time.ts';
import type { VerificationCode } from './verification-codes.ts';

/**
 * How far the signing certificate's issuer was checked:
 * - `anchored`: trust anchors were given and the certificate chains to one of them;
 * - `pinned`: the expected certificate was given and the document is signed with it;
 * - `unverified`: neither (or the check failed): the issuer was not established, so a valid
 *   document is only internally consistent.
 */
export type CertificateTrust = 'anchored' | 'pinned' | 'unverified';

/** Reports one finding. */
type Report = (
  code: VerificationCode,
  message: string,
  extra?: { expected?: string; actual?: string },
) => void;

/**
 * Checks the signing certificate against the trust anchors; returns the anchor that issued it
 * when every check passed, else `undefined` (with the findings reported).
 *
 * @example
 * ```ts
 * const anchor = checkCertificateTrust(certificate, anchors, '2024-05-01T10:15:00', report);
 * ```
 */
export function checkCertificateTrust(
  certificate: Certificate,
  anchors: readonly TrustAnchor[],
  signingTime: string | undefined,
  report: Report,
): TrustAnchor | undefined {
  const fields = readX509Fields(certificate.der);
  if (!fields) {
    report('certificate-untrusted', 'The signing certificate cannot be read to check its issuer.');
    return undefined;
  }
  const at = signingInstant(signingTime) ?? new Date();
  const when = at.toISOString().replace('.000Z', 'Z');
  let passed = true;

  const named = anchors.filter((anchor) => anchor.subject === fields.issuer);
  const issuer = named.find((anchor) => issuedBy(fields, certificate.base64, anchor));
  if (named.length === 0) {
    passed = false;
    report(
      'certificate-untrusted',
      `The certificate was issued by ${fields.issuer}, which is none of the trust anchors given${anchors.length > 0 ? ` (${anchors.map((anchor) => anchor.subject).join('; ')})` : ' (the list is empty)'}.`,
      { actual: fields.issuer },
    );
  } else if (!issuer) {
    passed = false;
    report(
      'certificate-untrusted',
      `The certificate names ${fields.issuer} as its issuer, but its signature does not verify with that trust anchor's key: it was not issued by the CA it names.`,
      { actual: fields.issuer },
    );
  } else if (at < issuer.notBefore || at > issuer.notAfter) {
    passed = false;
    report(
      'certificate-untrusted',
      `The trust anchor ${issuer.subject} was not valid at the signing time ${when} (valid ${iso(issuer.notBefore)} to ${iso(issuer.notAfter)}).`,
      { expected: `${iso(issuer.notBefore)}/${iso(issuer.notAfter)}`, actual: when },
    );
  }

  if (at < fields.notBefore) {
    passed = false;
    report(
      'certificate-not-yet-valid',
      `The document was signed at ${when}, before the certificate became valid (${iso(fields.notBefore)}).`,
      { expected: iso(fields.notBefore), actual: when },
    );
  } else if (at > fields.notAfter) {
    passed = false;
    report(
      'certificate-expired',
      `The document was signed at ${when}, after the certificate expired (${iso(fields.notAfter)}).`,
      { expected: iso(fields.notAfter), actual: when },
    );
  }

  // RFC 5280 §4.2.1.9 and §4.2.1.3: a CA certificate, or one whose key may not sign, is no signer's.
  if (basicConstraintsOf(fields).ca) {
    passed = false;
    report(
      'certificate-not-end-entity',
      'The signing certificate is a CA certificate (basicConstraints cA=TRUE), not an end-entity one.',
    );
  } else if (allowsKeyUsage(fields, 'digitalSignature') === false) {
    passed = false;
    report(
      'certificate-not-end-entity',
      'The signing certificate’s keyUsage does not allow digitalSignature.',
    );
  }
  return passed ? issuer : undefined;
}

/**
 * `xades:SigningTime` as an instant: a time without a zone is UTC (signing-rules §2); one with
 * `Z` or an offset is the instant written; fractional seconds count to the millisecond.
 * `undefined` when it is not an `xsd:dateTime` (see `parseXsdDateTime`: a real calendar date and
 * time, four-digit year). `verifyInvoice` reports `signing-time-invalid` exactly when this is
 * `undefined`, so the two never disagree on what a signing time is.
 *
 * Why every `xsd:dateTime` form and not only ZATCA's own: the XAdES schema the SDK validates with
 * types SigningTime as `xsd:dateTime` (`Data/Schemas/xsds/UBL2.1/xsd/common/UBL-XAdESv132-2.1.xsd`),
 * the Security Features standard asks only for "the signing instant" (§1.6.2.1.1.2), no EN 16931
 * or KSA rule reads it, and ZATCA's older SDK samples and many documents in the wild write `Z`.
 *
 * @example
 * ```ts
 * signingInstant('2024-05-01T10:15:00')?.toISOString(); // '2024-05-01T10:15:00.000Z'
 * signingInstant('2024-05-01T13:15:00+03:00')?.toISOString(); // '2024-05-01T10:15:00.000Z'
 * ```
 */
export function signingInstant(text: string | undefined): Date | undefined {
  const value = text === undefined ? undefined : parseXsdDateTime(text);
  return value && xsdInstant(value, 0);
}

const verdicts = new WeakMap<TrustAnchor, Map<string, boolean>>();
const VERDICT_LIMIT = 16;

/** Whether the anchor's key signed the certificate; remembered per anchor for the last few certificates. */
function issuedBy(fields: X509Fields, base64: string, anchor: TrustAnchor): boolean {
  let known = verdicts.get(anchor);
  if (!known) {
    known = new Map();
    verdicts.set(anchor, known);
  }
  const cached = known.get(base64);
  if (cached !== undefined) return cached;
  const verdict = verifyCertificateSignature(fields, anchor);
  if (known.size >= VERDICT_LIMIT) known.delete(known.keys().next().value as string);
  known.set(base64, verdict);
  return verdict;
}

function iso(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}
