/**
 * Onboarding step 2: `POST /compliance/invoices` has ZATCA check one signed sample document with
 * the compliance CSID, without reporting or clearing it. One check must pass for every document
 * kind the CSR's `title` enables (standard and/or simplified invoice, credit note, debit note)
 * before the production CSID is issued. Safe to retry: a check changes nothing on the platform.
 */
import type { FatooraCredentials } from './credentials.ts';
import type { InvoiceResult } from './invoice-result.ts';
import type { InvoiceSubmission } from './invoice-submission.ts';
import { sendInvoice } from './send-invoice.ts';
import type { FatooraRequester } from './transport.ts';

/** Parameters of {@link checkInvoiceCompliance}. */
export interface CheckInvoiceComplianceParameters extends InvoiceSubmission {
  /** The compliance CSID, in place of the client's credentials. */
  readonly credentials?: FatooraCredentials;
  /** Aborts the call (and its retries). */
  readonly signal?: AbortSignal;
}

/**
 * Runs a compliance check on a signed document.
 *
 * @throws {InputError} field `invoice`, `uuid` or `credentials` (nothing is sent).
 * @throws {XmlError} when the hash or UUID must be read from malformed XML.
 * @throws {RejectedError} (400, or a 2xx whose verdict is `ERROR` or that says `NOT_REPORTED` /
 * `NOT_CLEARED`) when the document fails: `validationResults.errorMessages` says why.
 * @throws {AuthenticationError} (401) when the compliance CSID was refused.
 * @throws {ApiError} for any other answer (`ApiVersionError`, `RateLimitedError`, `ServerError`,
 * `api-response-malformed`).
 * @throws {TimeoutError} when no attempt got its answer in time.
 * @throws {NetworkError} when no attempt got an answer.
 * @example
 * ```ts
 * const signed = signInvoice(xml, { privateKey, certificate: compliance.certificate.base64 });
 * const result = await checkInvoiceCompliance(client, { invoice: signed.xml, invoiceHash: signed.invoiceHash });
 * result.validationResults.status; // 'PASS'
 * ```
 */
export function checkInvoiceCompliance(
  client: FatooraRequester,
  parameters: CheckInvoiceComplianceParameters,
): Promise<InvoiceResult> {
  return sendInvoice(client, 'compliance-check', parameters, 'invoice compliance check');
}
