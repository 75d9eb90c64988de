/**
 * Raised when the Fatoora API answers 409: an invoice with this UUID was already submitted. When
 * it follows a retry of ours (`afterRetry`), the earlier attempt most likely went through and only
 * its answer was lost: a reported invoice is then reported; a cleared one is cleared — when the
 * 409 carries the stamped XML again (`clearedInvoice`), that is the document to hand over, else
 * look it up in the Fatoora portal. It is an error rather than a success because the call did not
 * produce what a success promises.
 */
import { ApiError, type ApiErrorInit } from './api-error.ts';
import type { FatooraErrorOptions } from './fatoora-error.ts';

/**
 * The invoice was already submitted (HTTP 409).
 *
 * @example
 * ```ts
 * try { await client.reportInvoice(submission); }
 * catch (e) { if (e instanceof AlreadySubmittedError) markReported(submission.uuid); else throw e; }
 * ```
 */
export class AlreadySubmittedError extends ApiError {
  /** Whether the 409 answered one of our own retries of this call. */
  readonly afterRetry: boolean;
  /** On clearance: the stamped XML of the earlier clearance, when the 409 carries it again. */
  readonly clearedInvoice: string | undefined;

  /**
   * Records a 409 answer: `init.afterRetry` tells whether it followed one of our own retries, and
   * `init.clearedInvoice` holds the stamped XML when the 409 carried it. The code is `api-already-
   * submitted`.
   */
  constructor(
    message: string,
    init: ApiErrorInit & { readonly afterRetry: boolean; readonly clearedInvoice?: string | undefined },
    options?: FatooraErrorOptions,
  ) {
    super('api-already-submitted', message, init, {
      ...options,
      details: { afterRetry: init.afterRetry, ...options?.details },
    });
    this.afterRetry = init.afterRetry;
    this.clearedInvoice = init.clearedInvoice;
  }
}
