/**
 * Raised when a clearance call is answered with 303: ZATCA has switched clearance off, and
 * standard invoices are to be reported instead (`reportInvoice` with the same signed XML). It is a
 * typed error rather than a result because nothing was cleared: a result would have to carry no
 * cleared invoice, and a caller that forgot to check would hand the buyer an uncleared document.
 */
import { ApiError, type ApiErrorInit } from './api-error.ts';
import type { FatooraErrorOptions } from './fatoora-error.ts';

/**
 * Clearance is switched off; report the invoice instead (HTTP 303 on clearance).
 *
 * @example
 * ```ts
 * try { await client.clearInvoice(submission); }
 * catch (e) { if (e instanceof ClearanceDisabledError) await client.reportInvoice(submission); else throw e; }
 * ```
 */
export class ClearanceDisabledError extends ApiError {
  /** Records a 303 answer to a clearance call (code `api-clearance-disabled`). */
  constructor(message: string, init: ApiErrorInit, options?: FatooraErrorOptions) {
    super('api-clearance-disabled', message, init, options);
  }
}
