/**
 * The answer of an invoice call (#2, #5, #6), shaped per endpoint as the platform shapes it
 * (fatoora-api.md §5): the compliance check sends `validationResults`, `reportingStatus`,
 * `clearanceStatus`, `qrSellertStatus` and `qrBuyertStatus` (sic, always null) — the document's
 * `@name`, not the caller, deciding which status is filled and which is null — and answers 200 for
 * PASS and WARNING alike, never 202; reporting sends `validationResults` and `reportingStatus`;
 * clearance `validationResults`, `clearanceStatus` and `clearedInvoice` (base64 of the cleared
 * XML, null when not cleared). Reporting and clearance answer 200 clean, 202 with warnings, 400
 * with an error.
 */
import { base64 } from '@scure/base';
import type { InvoiceEndpoint } from '../checks/permissions.ts';
import type { ValidationResults } from '../checks/validation-results.ts';
import type { ApiAnswer } from '../http/answer.ts';

/** How the document fared. */
export interface InvoiceVerdict {
  readonly endpoint: InvoiceEndpoint;
  readonly results: ValidationResults;
  /** On the compliance endpoint, which status the document's `@name` fills. */
  readonly decided: 'reporting' | 'clearance';
  /** The cleared XML, when cleared. */
  readonly clearedXml?: string;
}

/**
 * The answer body.
 *
 * @example
 * ```ts
 * invoiceAnswerBody({ endpoint: 'reporting', results, decided: 'reporting' });
 * // { validationResults, reportingStatus: 'REPORTED' }
 * ```
 */
export function invoiceAnswerBody(verdict: InvoiceVerdict): Record<string, unknown> {
  const accepted = verdict.results.status !== 'ERROR';
  const reportingStatus = accepted ? 'REPORTED' : 'NOT_REPORTED';
  const clearanceStatus = accepted ? 'CLEARED' : 'NOT_CLEARED';
  switch (verdict.endpoint) {
    case 'compliance':
      return {
        validationResults: verdict.results,
        reportingStatus: verdict.decided === 'reporting' ? reportingStatus : null,
        clearanceStatus: verdict.decided === 'clearance' ? clearanceStatus : null,
        qrSellertStatus: null,
        qrBuyertStatus: null,
      };
    case 'reporting':
      return { validationResults: verdict.results, reportingStatus };
    case 'clearance':
      return {
        validationResults: verdict.results,
        clearanceStatus,
        clearedInvoice:
          verdict.clearedXml === undefined
            ? null
            : base64.encode(new TextEncoder().encode(verdict.clearedXml)),
      };
  }
}

/**
 * The whole answer: the body, with 200, 202 or 400 (the compliance check never 202).
 *
 * @example
 * ```ts
 * invoiceAnswer({ endpoint: 'compliance', results, decided: 'clearance' }).status; // 200 with warnings too
 * ```
 */
export function invoiceAnswer(verdict: InvoiceVerdict, status?: number): ApiAnswer {
  const { status: overall } = verdict.results;
  const computed =
    overall === 'ERROR' ? 400 : overall === 'WARNING' && verdict.endpoint !== 'compliance' ? 202 : 200;
  return { status: status ?? computed, body: invoiceAnswerBody(verdict) };
}
