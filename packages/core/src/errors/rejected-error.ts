/**
 * Raised when the Fatoora API answers 400 — or a 2xx whose body refuses all the same (`NOT_COMPLIANT`
 * without a certificate, `NOT_REPORTED`, `NOT_CLEARED`; `status` says which): it refused the call
 * on its merits. For an invoice, the
 * document broke ZATCA's rules (the `errorMessages` say which) and was neither reported nor
 * cleared; it still keeps its place in the ICV/PIH chain. For a CSID call, the CSR, the OTP or the
 * onboarding step was refused (`Invalid-OTP`, `Missing-ComplianceSteps`, …).
 */
import { ApiError, type ApiErrorInit } from './api-error.ts';
import type { FatooraErrorOptions } from './fatoora-error.ts';

/**
 * The platform rejected the call (HTTP 400, or a 2xx body that refuses).
 *
 * @example
 * ```ts
 * try { await client.clearInvoice({ invoice: signed.xml, invoiceHash: signed.invoiceHash }); }
 * catch (e) {
 *   if (e instanceof RejectedError) for (const m of e.validationResults?.errorMessages ?? []) console.log(m.code);
 * }
 * ```
 */
export class RejectedError extends ApiError {
  /** Records a 400 answer that refused the request or the document (code `api-rejected`). */
  constructor(message: string, init: ApiErrorInit, options?: FatooraErrorOptions) {
    super('api-rejected', message, init, options);
  }
}
