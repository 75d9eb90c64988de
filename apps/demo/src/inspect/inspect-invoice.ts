/**
 * The Inspector's verdict on a pasted invoice: what the platform would check, run in the browser
 * with core alone — the hash, the XAdES signature and its signed properties, the certificate
 * digest, each QR tag against the document and, when given, the PIH (`verifyInvoice`); then
 * ZATCA's business rules on the document as written (`validateInvoice`). A document is rejected
 * for any verification finding or any error-level rule fault; warnings alone pass.
 */
import {
  type DecodedQr,
  FatooraError,
  type Fault,
  type InvoiceVerification,
  validateInvoice,
  verifyInvoice,
} from '@fatoora/core';

/** What the Inspector shows. */
export type Inspection =
  | {
      readonly readable: true;
      readonly verdict: 'rejected' | 'accepted' | 'accepted-with-warnings';
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
}

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
    verification = verifyInvoice(xml, pih ? { previousInvoiceHash: pih } : {});
    faults = verification.findings.some((finding) => finding.code === 'not-an-invoice')
      ? []
      : validateInvoice(xml, options.now ? { now: options.now } : {});
  } catch (error) {
    if (error instanceof FatooraError) return { readable: false, message: error.message };
    throw error;
  }
  const sorted = [...faults].sort((a, b) => rank(a) - rank(b));
  const errors = verification.findings.length + sorted.filter((fault) => fault.severity === 'error').length;
  const verdict = errors > 0 ? 'rejected' : sorted.length > 0 ? 'accepted-with-warnings' : 'accepted';
  return {
    readable: true,
    verdict,
    verification,
    faults: sorted,
    ...(verification.qr !== undefined ? { qr: verification.qr } : {}),
  };
}

function rank(fault: Fault): number {
  return fault.severity === 'error' ? 0 : 1;
}
