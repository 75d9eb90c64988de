/**
 * The one way the three invoice calls (compliance check, reporting, clearance) go out: the same
 * body, the call's own credentials and abort signal when given, and the answer read as an
 * {@link InvoiceResult}. The actions differ only in which call they make and how they name it in
 * an error, so they share this rather than each repeating it.
 */
import type { FatooraAction } from './actions.ts';
import type { FatooraCredentials } from './credentials.ts';
import { type InvoiceResult, readInvoiceResult } from './invoice-result.ts';
import { type InvoiceSubmission, invoiceBody } from './invoice-submission.ts';
import type { FatooraRequester } from './transport.ts';

/** An invoice call's parameters: the document, and optionally its own credentials and signal. */
export interface InvoiceCallParameters extends InvoiceSubmission {
  /** Credentials for this call only, in place of the client's. */
  readonly credentials?: FatooraCredentials;
  /** Aborts the call (and its retries). */
  readonly signal?: AbortSignal;
}

/**
 * Sends one invoice call and reads its answer.
 *
 * @param what - the call as an error message names it, e.g. `invoice reporting`.
 * @throws as {@link invoiceBody}, the client's `request` and {@link readInvoiceResult} do.
 * @example
 * ```ts
 * await sendInvoice(client, 'reporting', { invoice: signed.xml }, 'invoice reporting');
 * ```
 */
export async function sendInvoice(
  client: FatooraRequester,
  action: Extract<FatooraAction, 'compliance-check' | 'reporting' | 'clearance'>,
  parameters: InvoiceCallParameters,
  what: string,
): Promise<InvoiceResult> {
  const response = await client.request({
    action,
    body: invoiceBody(parameters),
    ...(parameters.credentials ? { credentials: parameters.credentials } : {}),
    ...(parameters.signal ? { signal: parameters.signal } : {}),
  });
  return readInvoiceResult(response, action, what);
}
