/**
 * Raised when a call to the Fatoora API got no HTTP answer at all: the connection was refused or
 * reset, DNS failed, TLS failed, or (in a browser) CORS blocked the answer. Whether the platform
 * received the call is unknown; the `cause` is the platform's own fetch error.
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/**
 * No answer reached the client.
 *
 * @example
 * ```ts
 * try { await client.reportInvoice(submission); }
 * catch (e) { if (e instanceof NetworkError) queue.retryLater(submission); }
 * ```
 */
export class NetworkError extends FatooraError {
  /** Records a call that got no HTTP answer (code `network-failure`); `options.cause` is the fetch error. */
  constructor(message: string, options?: FatooraErrorOptions) {
    super('network-failure', message, options);
  }
}
