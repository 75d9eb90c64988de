/**
 * Raised when a call to the Fatoora API did not get its answer within the client's time limit
 * (on every attempt, when the call allows retries). As with a network failure, the platform may
 * have received and processed the call.
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/**
 * The answer did not come in time.
 *
 * @example
 * ```ts
 * try { await client.clearInvoice(submission); }
 * catch (e) { if (e instanceof TimeoutError) console.log(e.details.timeoutMs); }
 * ```
 */
export class TimeoutError extends FatooraError {
  /** Records a request that outlived its time limit (code `timeout`). */
  constructor(message: string, options?: FatooraErrorOptions) {
    super('timeout', message, options);
  }
}
