/**
 * Raised when the Fatoora API answers 429 (too many requests) and the client's retries, if the
 * call allows any, did not get through. `retryAfterMs` holds the platform's `Retry-After`, when it
 * sent one, so that a queue can schedule the next attempt.
 */
import { ApiError, type ApiErrorInit } from './api-error.ts';
import type { FatooraErrorOptions } from './fatoora-error.ts';

/**
 * The platform is throttling this client (HTTP 429).
 *
 * @example
 * ```ts
 * try { await client.reportInvoice(submission); }
 * catch (e) { if (e instanceof RateLimitedError) queue.retryIn(e.retryAfterMs ?? 60_000); }
 * ```
 */
export class RateLimitedError extends ApiError {
  /** The platform's `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;

  /**
   * Records a 429 answer (code `api-rate-limited`); `init.retryAfterMs` is the platform's `Retry-
   * After`, when it sent one.
   */
  constructor(
    message: string,
    init: ApiErrorInit & { readonly retryAfterMs?: number | undefined },
    options?: FatooraErrorOptions,
  ) {
    super('api-rate-limited', message, init, {
      ...options,
      details: { retryAfterMs: init.retryAfterMs, ...options?.details },
    });
    this.retryAfterMs = init.retryAfterMs;
  }
}
