/**
 * Raised when the Fatoora API answers with a 5xx status (a platform fault, or a gateway in front
 * of it) and the client's retries, if the call allows any, did not get through. Try again later
 * with the same document; never re-issue it under a new number.
 */
import { ApiError, type ApiErrorInit } from './api-error.ts';
import type { FatooraErrorOptions } from './fatoora-error.ts';

/**
 * The platform failed (HTTP 5xx).
 *
 * @example
 * ```ts
 * try { await client.reportInvoice(submission); }
 * catch (e) { if (e instanceof ServerError) queue.retryLater(submission); }
 * ```
 */
export class ServerError extends ApiError {
  /** The platform's `Retry-After` (usually with 503), in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;

  /**
   * Records a 5xx answer (code `api-server-error`); `init.retryAfterMs` is the platform's `Retry-
   * After`, when it sent one.
   */
  constructor(
    message: string,
    init: ApiErrorInit & { readonly retryAfterMs?: number | undefined },
    options?: FatooraErrorOptions,
  ) {
    super('api-server-error', message, init, {
      ...options,
      details: { retryAfterMs: init.retryAfterMs, ...options?.details },
    });
    this.retryAfterMs = init.retryAfterMs;
  }
}
