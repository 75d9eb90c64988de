/**
 * When the client sends a call again, and how long it waits. Only calls that are safe to repeat
 * are ever retried: the invoice submissions (compliance check, reporting, clearance) name the
 * invoice by its UUID and hash, so a second copy of the same signed document is either checked
 * again (compliance) or recognised as a duplicate (409, `AlreadySubmittedError`) — it can never
 * make a second invoice. The CSID calls are never retried, whatever the options say: an OTP is
 * single-use, so repeating a compliance CSID or renewal request after a lost answer would at best
 * fail with `Invalid-OTP` and at worst issue a second certificate; a production CSID request is
 * likewise not repeated, since a lost answer may already have issued one. For those the caller
 * decides, with a fresh OTP where one is needed. What is retried: 429 and 503 (honouring
 * `Retry-After` up to `maxRetryAfterMs`), 500, 502 and 504, timeouts and network failures, with
 * exponential backoff.
 */
import { InputError } from '../errors/input-error.ts';

/** How the client retries the calls that are safe to repeat. */
export interface RetryOptions {
  /** Retries after the first attempt; `0` turns retrying off. Default 2. */
  readonly limit?: number;
  /**
   * The wait before retry `n` (1 for the first retry), in milliseconds, when the platform gave no
   * `Retry-After`. Default: exponential, 500 ms × 2^(n-1), at most 10 s.
   */
  readonly delayMs?: (retry: number) => number;
  /**
   * The longest `Retry-After` (429, 503) the client will wait for; a longer one ends the call with
   * `RateLimitedError` or `ServerError` carrying `retryAfterMs`, for the caller to schedule.
   * Default 60 s.
   */
  readonly maxRetryAfterMs?: number;
}

/** {@link RetryOptions} with every value filled in. */
export interface RetryPolicy {
  /** Retries after the first attempt; `0` when retrying is off. */
  readonly limit: number;
  /** The wait before retry `n` (1 for the first), in milliseconds, when there is no `Retry-After`. */
  readonly delayMs: (retry: number) => number;
  /** The longest `Retry-After` the client waits for before giving the call back to the caller. */
  readonly maxRetryAfterMs: number;
}

/** HTTP statuses that end in a retry, on calls that are safe to repeat. */
export const RETRY_STATUSES: readonly number[] = [429, 500, 502, 503, 504];

/** Statuses whose `Retry-After` header sets the wait. */
export const RETRY_AFTER_STATUSES: readonly number[] = [429, 503];

/**
 * The default wait before retry `n`: 500 ms, 1 s, 2 s, … capped at 10 s.
 *
 * @example
 * ```ts
 * defaultRetryDelay(3); // 2000
 * ```
 */
export function defaultRetryDelay(retry: number): number {
  return Math.min(10_000, 500 * 2 ** (retry - 1));
}

/**
 * Fills in the defaults of `options`; `false` turns retrying off.
 *
 * @throws {InputError} field `retry.limit` or `retry.maxRetryAfterMs` for a negative or non-integer
 * value.
 * @example
 * ```ts
 * resolveRetryPolicy({ limit: 3, delayMs: () => 0 }).maxRetryAfterMs; // 60000
 * ```
 */
export function resolveRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { limit: 0, delayMs: defaultRetryDelay, maxRetryAfterMs: 0 };
  const limit = options?.limit ?? 2;
  const maxRetryAfterMs = options?.maxRetryAfterMs ?? 60_000;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new InputError(
      'retry.limit',
      'non-negative-integer',
      `retry.limit must be a whole number ≥ 0, got ${limit}.`,
    );
  }
  if (!(maxRetryAfterMs >= 0)) {
    throw new InputError(
      'retry.maxRetryAfterMs',
      'non-negative',
      `retry.maxRetryAfterMs must be ≥ 0, got ${maxRetryAfterMs}.`,
    );
  }
  return { limit, delayMs: options?.delayMs ?? defaultRetryDelay, maxRetryAfterMs };
}

/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3: seconds, or an HTTP date) as milliseconds from
 * `now`; `undefined` when absent or unreadable.
 *
 * @example
 * ```ts
 * retryAfterMs('120'); // 120000
 * ```
 */
export function retryAfterMs(
  header: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (header == null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
