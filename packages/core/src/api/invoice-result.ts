/**
 * Reads an invoice answer (compliance check, reporting, clearance) into a typed result: accepted
 * or accepted with warnings, the HTTP status, ZATCA's validation results, the reporting or
 * clearance status, and for clearance the stamped invoice decoded from base64 to XML text — the
 * document to hand to the buyer and to store. A 2xx is a success only when its body says so
 * (fatoora-api.md §5, validationResults): reporting must say `REPORTED` and clearance `CLEARED`
 * (208, a clearance of a hash already cleared, is one of these); a compliance check fails when
 * its verdict is `ERROR` or a status says `NOT_REPORTED` / `NOT_CLEARED`.
 */
import { decodeBase64 } from '../encoding/base64.ts';
import { utf8Decode } from '../encoding/utf8.ts';
import { ApiError, type ZatcaValidationResults } from '../errors/api-error.ts';
import { endSentence } from '../errors/end-sentence.ts';
import { RejectedError } from '../errors/rejected-error.ts';
import type { FatooraAction } from './actions.ts';
import { readErrorMessages } from './error-messages.ts';
import type { FatooraResponse } from './transport.ts';
import { readValidationResults, stringField } from './validation-results.ts';

/** ZATCA accepted the invoice. */
export interface InvoiceResult {
  /** `accepted-with-warnings` when the answer is 202 or lists warnings, else `accepted`. */
  readonly status: 'accepted' | 'accepted-with-warnings';
  /** The HTTP status: 200 (clean), 202 (warnings), or 208 (a clearance of a hash already cleared). */
  readonly httpStatus: number;
  /** ZATCA's verdict in full: the warnings to show or fix before the next document, and the passes. */
  readonly validationResults: ZatcaValidationResults;
  /** `REPORTED` (reporting, compliance check of a simplified invoice), when given. */
  readonly reportingStatus?: string;
  /** `CLEARED` (clearance, compliance check of a standard invoice), when given. */
  readonly clearanceStatus?: string;
  /** Clearance only: ZATCA's stamped invoice, as XML text. */
  readonly clearedInvoice?: string;
}

/** The invoice calls. */
type InvoiceAction = Extract<FatooraAction, 'compliance-check' | 'reporting' | 'clearance'>;

/**
 * Reads a 2xx invoice answer.
 *
 * @throws {RejectedError} when the body refuses the document all the same: `NOT_REPORTED` or
 * `NOT_CLEARED`, or a compliance check whose verdict is `ERROR` (the validation results say why).
 * @throws {ApiError} `api-response-malformed` when the answer has no `validationResults`, when a
 * report does not say `REPORTED` or a clearance `CLEARED` (a missing status counts as `null`: the
 * outcome is unknown, so send the same document again later), or when its `clearedInvoice` is not
 * base64 of UTF-8 text (the invoice may have been cleared all the same).
 * @example
 * ```ts
 * const result = readInvoiceResult(response, 'clearance', 'invoice clearance');
 * if (result.status === 'accepted-with-warnings') console.warn(result.validationResults.warningMessages);
 * ```
 */
export function readInvoiceResult(
  response: FatooraResponse,
  action: InvoiceAction,
  what: string,
): InvoiceResult {
  const { body, status } = response;
  const validationResults = readValidationResults(body);
  const details = { attempts: response.attempts };
  if (validationResults === undefined) {
    throw new ApiError(
      'api-response-malformed',
      `The ${what} answered ${status} without validationResults.`,
      { status },
      { details },
    );
  }
  const reportingStatus = stringField(body, 'reportingStatus');
  const clearanceStatus = stringField(body, 'clearanceStatus');
  const refused = refusal(action, validationResults.status, reportingStatus, clearanceStatus);
  if (refused !== undefined) {
    const errors = readErrorMessages(body, validationResults);
    const first = errors[0];
    throw new RejectedError(
      `ZATCA refused the ${what} although it answered ${status} (${refused})${first ? `: ${endSentence([first.code, first.message].filter(Boolean).join(': '))}` : '.'}`,
      { status, errors, validationResults },
      { details: { ...details, reportingStatus, clearanceStatus } },
    );
  }
  const expected = action === 'reporting' ? 'REPORTED' : action === 'clearance' ? 'CLEARED' : undefined;
  const given = action === 'reporting' ? reportingStatus : clearanceStatus;
  if (expected !== undefined && given !== expected) {
    throw new ApiError(
      'api-response-malformed',
      `The ${what} answered ${status} with ${action === 'reporting' ? 'reportingStatus' : 'clearanceStatus'} ${given === undefined ? 'null' : JSON.stringify(given)} instead of ${expected}: whether ZATCA accepted the document is unknown, so send the same signed document again later.`,
      { status, validationResults },
      { details: { ...details, reportingStatus, clearanceStatus } },
    );
  }
  const cleared = stringField(body, 'clearedInvoice');
  let clearedInvoice: string | undefined;
  if (cleared !== undefined && cleared !== '') {
    try {
      clearedInvoice = utf8Decode(decodeBase64(cleared));
    } catch (error) {
      throw new ApiError(
        'api-response-malformed',
        `The ${what} answered ${status}${clearanceStatus ? ` (${clearanceStatus})` : ''} with a clearedInvoice that is not base64 of UTF-8 text; the invoice may have been cleared, so look it up before sending it again.`,
        { status, validationResults },
        { cause: error, details: { ...details, clearanceStatus } },
      );
    }
  }
  return {
    status:
      status === 202 || validationResults.warningMessages.length > 0 ? 'accepted-with-warnings' : 'accepted',
    httpStatus: status,
    validationResults,
    ...(reportingStatus !== undefined ? { reportingStatus } : {}),
    ...(clearanceStatus !== undefined ? { clearanceStatus } : {}),
    ...(clearedInvoice !== undefined ? { clearedInvoice } : {}),
  };
}

/**
 * What in a 2xx body refuses the document, if anything: an explicit `NOT_REPORTED` or
 * `NOT_CLEARED`, or an `ERROR` verdict on a compliance check (reporting and clearance judge by
 * their status field alone).
 */
function refusal(
  action: InvoiceAction,
  verdict: ZatcaValidationResults['status'],
  reportingStatus: string | undefined,
  clearanceStatus: string | undefined,
): string | undefined {
  if (reportingStatus === 'NOT_REPORTED' && action !== 'clearance') return 'NOT_REPORTED';
  if (clearanceStatus === 'NOT_CLEARED' && action !== 'reporting') return 'NOT_CLEARED';
  if (action === 'compliance-check' && verdict === 'ERROR') return 'validation status ERROR';
  return undefined;
}
