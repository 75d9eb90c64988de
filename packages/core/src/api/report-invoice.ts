/**
 * Reports a signed simplified (B2C) document: `POST /invoices/reporting/single` with the production
 * CSID and `Clearance-Status: 0`, within 24 hours of issue (BR-KSA-98 warns after that). The buyer
 * already has the document; reporting only tells ZATCA. Retried on throttling, platform faults,
 * timeouts and network failures: a repeat of the same signed document is answered as a duplicate
 * (409), never counted twice.
 */
import type { FatooraCredentials } from './credentials.ts';
import type { InvoiceResult } from './invoice-result.ts';
import type { InvoiceSubmission } from './invoice-submission.ts';
import { sendInvoice } from './send-invoice.ts';
import type { FatooraRequester } from './transport.ts';

/** Parameters of {@link reportInvoice}. */
export interface ReportInvoiceParameters extends InvoiceSubmission {
  /** The production CSID, in place of the client's credentials. */
  readonly credentials?: FatooraCredentials;
  /** Aborts the call (and its retries). */
  readonly signal?: AbortSignal;
}

/**
 * Reports a simplified invoice, credit note or debit note.
 *
 * @throws {InputError} field `invoice`, `uuid` or `credentials` (nothing is sent).
 * @throws {XmlError} when the hash or UUID must be read from malformed XML.
 * @throws {RejectedError} (400, or a 2xx saying `NOT_REPORTED`) when ZATCA rejected the document;
 * it keeps its place in the ICV/PIH chain.
 * @throws {AlreadySubmittedError} (409) when ZATCA already has it (`afterRetry` tells whether
 * our own earlier attempt most likely got it there; {@link isDuplicateAnswer} whether the body is
 * ZATCA's duplicate answer, which means the document was reported earlier).
 * @throws {AuthenticationError} (401) when the production CSID was refused.
 * @throws {ApiError} for any other answer (`ApiVersionError`, `RateLimitedError`, `ServerError`,
 * `api-response-malformed`, also for a 2xx that does not say `REPORTED`: its outcome is unknown).
 * @throws {TimeoutError} when no attempt got its answer in time.
 * @throws {NetworkError} when no attempt got an answer.
 * @example
 * ```ts
 * const result = await reportInvoice(client, { invoice: signed.xml, invoiceHash: signed.invoiceHash });
 * result.reportingStatus; // 'REPORTED'
 * ```
 */
export function reportInvoice(
  client: FatooraRequester,
  parameters: ReportInvoiceParameters,
): Promise<InvoiceResult> {
  return sendInvoice(client, 'reporting', parameters, 'invoice reporting');
}
