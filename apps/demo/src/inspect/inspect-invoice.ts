/**
 * The Inspector's verdict on a pasted invoice: what the platform would check, run in the browser
 * with core alone — the hash, the XAdES signature and its signed properties, the certificate
 * digest, each QR tag against the document and, when given, the PIH (`verifyInvoice`); then
 * ZATCA's business rules on the document as written (`validateInvoice`). A document is rejected
 * for any error-level verification finding or rule fault; warnings alone pass (a verification
 * warning is what the platform accepts with a warning, e.g. a QR tag 3 with a `Z`). Passing is
 * never ZATCA's decision, and says who issued the certificate only when the certificate was
 * checked against the platform's CA (`trustAnchors`: the simulator's, fetched through the proxy);
 * without it the signature is merely consistent — a look-alike CA would pass as well.
 */
import {
  type DecodedQr,
  FatooraError,
  type Fault,
  type InvoiceVerification,
  type VerificationCode,
  validateInvoice,
  verifyInvoice,
} from '@fatoora/core';

/**
 * What the signature checks established about the certificate's issuer:
 * - `anchored`: the signature is consistent and the certificate was issued by a trust anchor;
 * - `untrusted`: the signature is consistent, but the issuer check failed (a finding says why);
 * - `not-checked`: the signature is consistent; no trust anchor was given;
 * - `inconsistent`: the hash, signature, signed properties or QR do not agree.
 */
export type IssuerCheck = 'anchored' | 'untrusted' | 'not-checked' | 'inconsistent';

/** What the Inspector shows. */
export type Inspection =
  | {
      readonly readable: true;
      readonly verdict: 'rejected' | 'accepted' | 'accepted-with-warnings';
      readonly issuer: IssuerCheck;
      readonly verification: InvoiceVerification;
      /** Rule faults, errors first. */
      readonly faults: readonly Fault[];
      readonly qr?: DecodedQr;
    }
  | { readonly readable: false; readonly message: string };

/** Options of {@link inspectInvoice}. */
export interface InspectOptions {
  /** The hash the document's PIH must equal (the unit's previous document's). */
  readonly previousInvoiceHash?: string;
  /** The clock for date rules (BR-KSA-98's 24 hours). */
  readonly now?: Date;
  /** CA certificates (PEM) of the platform the demo talks to; none for ZATCA's environments. */
  readonly trustAnchors?: readonly string[];
}

/** Findings about the certificate's issuer, as opposed to the document's consistency. */
const ISSUER_CODES: ReadonlySet<VerificationCode> = new Set([
  'certificate-untrusted',
  'certificate-expired',
  'certificate-not-yet-valid',
  'certificate-not-end-entity',
]);
/**
 * The longest document the inspector reads, in characters: the proxy's body cap (1 MiB). A pasted
 * document beyond it is refused before it is read, whatever the core's own default.
 */
export const INSPECTOR_MAX_LENGTH = 1024 * 1024;

/** Findings about the chain, which say nothing of the signature. */
const CHAIN_CODES: ReadonlySet<VerificationCode> = new Set(['pih-missing', 'pih-mismatch']);

/**
 * Inspects an invoice's XML text.
 *
 * @example
 * ```ts
 * const inspection = inspectInvoice(pastedXml);
 * if (inspection.readable && inspection.verdict === 'rejected') show(inspection.verification.findings);
 * ```
 */
export function inspectInvoice(xml: string, options: InspectOptions = {}): Inspection {
  const pih = options.previousInvoiceHash?.trim();
  let verification: InvoiceVerification;
  let faults: Fault[];
  try {
    verification = verifyInvoice(xml, {
      ...(pih ? { previousInvoiceHash: pih } : {}),
      ...(options.trustAnchors ? { trustAnchors: options.trustAnchors } : {}),
      xmlLimits: { maxLength: INSPECTOR_MAX_LENGTH },
    });
    faults = verification.findings.some((finding) => finding.code === 'not-an-invoice')
      ? []
      : validateInvoice(xml, options.now ? { now: options.now } : {});
  } catch (error) {
    if (error instanceof FatooraError) return { readable: false, message: error.message };
    throw error;
  }
  const sorted = [...faults].sort((a, b) => rank(a) - rank(b));
  const errors =
    verification.findings.filter((finding) => finding.severity === 'error').length +
    sorted.filter((fault) => fault.severity === 'error').length;
  const warnings = verification.findings.length + sorted.length > errors;
  const verdict = errors > 0 ? 'rejected' : warnings ? 'accepted-with-warnings' : 'accepted';
  return {
    readable: true,
    verdict,
    issuer: issuerCheck(verification),
    verification,
    faults: sorted,
    ...(verification.qr !== undefined ? { qr: verification.qr } : {}),
  };
}

function issuerCheck(verification: InvoiceVerification): IssuerCheck {
  // A warning (the platform accepts the document) says nothing against the signature's consistency.
  const codes = verification.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => finding.code);
  if (codes.some((code) => !ISSUER_CODES.has(code) && !CHAIN_CODES.has(code))) return 'inconsistent';
  if (verification.trust === 'anchored') return 'anchored';
  return codes.some((code) => ISSUER_CODES.has(code)) ? 'untrusted' : 'not-checked';
}

function rank(fault: Fault): number {
  return fault.severity === 'error' ? 0 : 1;
}
