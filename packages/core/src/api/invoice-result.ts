/**
 * Reads an invoice answer (compliance check, reporting, clearance) into a typed result: accepted
 * or accepted with warnings, the HTTP status, ZATCA's validation results, the reporting or
 * clearance status, and for clearance the stamped invoice decoded from base64 to XML text — the
 * document to hand to the buyer and to store.
 */
import { decodeBase64 } from '../encoding/base64.ts';
import { utf8Decode } from '../encoding/utf8.ts';
import { ApiError, type ZatcaValidationResults } from '../errors/api-error.ts';
import type { FatooraResponse } from './transport.ts';
import { readValidationResults, stringField } from './validation-results.ts';

/** ZATCA accepted the invoice. */
export interface InvoiceResult {
  /** `accepted-with-warnings` when the answer is 202 or lists warnings, else `accepted`. */
  readonly status: 'accepted' | 'accepted-with-warnings';
  /** The HTTP status: 200 (clean) or 202 (warnings). */
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

/**
 * Reads a 2xx invoice answer.
 *
 * @throws {ApiError} `api-response-malformed` when the answer has no `validationResults`, or its
 * `clearedInvoice` is not base64 of UTF-8 text (the invoice may have been cleared all the same).
 * @example
 * ```ts
 * const result = readInvoiceResult(response, 'invoice clearance');
 * if (result.status === 'accepted-with-warnings') console.warn(result.validationResults.warningMessages);
 * ```
 */
export function readInvoiceResult(response: FatooraResponse, what: string): InvoiceResult {
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
