/**
 * Clears a signed standard (B2B) document before it goes to the buyer: `POST
 * /invoices/clearance/single` with the production CSID and `Clearance-Status: 1`. ZATCA answers
 * with its stamped version (`clearedInvoice`), which is the document to hand over and to store.
 * When ZATCA has switched clearance off it answers 303, thrown as `ClearanceDisabledError`: report
 * the same document instead. Retried like reporting; a 409 after a retry means an earlier attempt
 * was most likely cleared, and its stamped XML is then to be fetched from the Fatoora portal.
 */
import type { FatooraCredentials } from './credentials.ts';
import type { InvoiceResult } from './invoice-result.ts';
import type { InvoiceSubmission } from './invoice-submission.ts';
import { sendInvoice } from './send-invoice.ts';
import type { FatooraRequester } from './transport.ts';

/** Parameters of {@link clearInvoice}. */
export interface ClearInvoiceParameters extends InvoiceSubmission {
  /** The production CSID, in place of the client's credentials. */
  readonly credentials?: FatooraCredentials;
  /** Aborts the call (and its retries). */
  readonly signal?: AbortSignal;
}

/**
 * Clears a standard invoice, credit note or debit note.
 *
 * @throws {InputError} field `invoice`, `uuid` or `credentials` (nothing is sent).
 * @throws {XmlError} when the hash or UUID must be read from malformed XML.
 * @throws {ClearanceDisabledError} (303) when clearance is switched off: report it instead.
 * @throws {RejectedError} (400, or a 2xx saying `NOT_CLEARED`) when ZATCA refused to clear it;
 * it must not go to the buyer, and keeps its place in the ICV/PIH chain.
 * @throws {AlreadySubmittedError} (409) when ZATCA already has it, usually without the stamped XML.
 * A 208 is not thrown: it is ZATCA's documented answer to a hash already cleared, `CLEARED` with
 * the stamped XML.
 * @throws {AuthenticationError} (401) when the production CSID was refused.
 * @throws {ApiError} for any other answer (`ApiVersionError`, `RateLimitedError`, `ServerError`,
 * `api-response-malformed`, also for a 2xx that does not say `CLEARED`: its outcome is unknown).
 * @throws {TimeoutError} when no attempt got its answer in time.
 * @throws {NetworkError} when no attempt got an answer.
 * @example
 * ```ts
 * try {
 *   const { clearedInvoice } = await clearInvoice(client, { invoice: signed.xml, invoiceHash: signed.invoiceHash });
 *   await store.save(clearedInvoice);
 * } catch (e) {
 *   if (e instanceof ClearanceDisabledError) await reportInvoice(client, { invoice: signed.xml });
 *   else throw e;
 * }
 * ```
 */
export function clearInvoice(
  client: FatooraRequester,
  parameters: ClearInvoiceParameters,
): Promise<InvoiceResult> {
  return sendInvoice(client, 'clearance', parameters, 'invoice clearance');
}
