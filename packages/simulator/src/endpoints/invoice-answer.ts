/**
 * The body of an invoice answer (#2, #5, #6): `validationResults`, then `reportingStatus` for a
 * simplified document or `clearanceStatus` for a standard one (the other `null`), and
 * `clearedInvoice` (base64 of the stamped XML) for a cleared one. Like the platform it also sends
 * `qrSellertStatus` and `qrBuyertStatus` (sic), always `null`.
 */
import { base64 } from '@scure/base';
import type { ValidationResults } from '../checks/validation-results.ts';

/** How the document fared. */
export interface InvoiceVerdict {
  readonly results: ValidationResults;
  /** Which status field the answer fills. */
  readonly decided: 'reporting' | 'clearance';
  /** The cleared XML, when cleared. */
  readonly clearedXml?: string;
}

/**
 * The answer body.
 *
 * @example
 * ```ts
 * invoiceAnswerBody({ results, decided: 'reporting' }).reportingStatus; // 'REPORTED' unless results has errors
 * ```
 */
export function invoiceAnswerBody(verdict: InvoiceVerdict): Record<string, unknown> {
  const accepted = verdict.results.status !== 'ERROR';
  return {
    validationResults: verdict.results,
    reportingStatus: verdict.decided === 'reporting' ? (accepted ? 'REPORTED' : 'NOT_REPORTED') : null,
    clearanceStatus: verdict.decided === 'clearance' ? (accepted ? 'CLEARED' : 'NOT_CLEARED') : null,
    clearedInvoice:
      verdict.clearedXml === undefined ? null : base64.encode(new TextEncoder().encode(verdict.clearedXml)),
    qrSellertStatus: null,
    qrBuyertStatus: null,
  };
}
