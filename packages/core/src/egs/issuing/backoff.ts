/**
 * When the outbox tries a document again after a failure that is safe to retry (a 5xx, a 429, a
 * timeout, a lost connection): exponential backoff from `baseMs`, doubling per attempt up to
 * `maxMs`, and never sooner than a `Retry-After` the platform gave. No jitter: one EGS unit sends
 * its documents one at a time, in chain order, so there is no herd to spread.
 */
import { InputError } from '../../errors/input-error.ts';

/** How long the outbox waits between attempts. */
export interface BackoffOptions {
  /** The wait after the first failed attempt, in milliseconds. Default 30 000 (30 s). */
  readonly baseMs?: number;
  /** The longest wait, in milliseconds. Default 1 800 000 (30 min). */
  readonly maxMs?: number;
}

/** {@link BackoffOptions} with every value filled in. */
export interface BackoffPolicy {
  /** The wait after the first failed attempt, in milliseconds; it doubles with each further one. */
  readonly baseMs: number;
  /** The longest wait, in milliseconds, however many attempts failed. */
  readonly maxMs: number;
}

/** The default backoff: 30 s, 1 min, 2 min, … up to 30 min. */
export const DEFAULT_BACKOFF: BackoffPolicy = Object.freeze({ baseMs: 30_000, maxMs: 30 * 60_000 });

/**
 * Fills in the defaults of `options`.
 *
 * @throws {InputError} field `backoff.baseMs` or `backoff.maxMs` for a negative or non-integer
 * value, or a maximum below the base.
 * @example
 * ```ts
 * resolveBackoff({ baseMs: 1000 }); // { baseMs: 1000, maxMs: 1800000 }
 * ```
 */
export function resolveBackoff(options: BackoffOptions = {}): BackoffPolicy {
  const baseMs = options.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const maxMs = options.maxMs ?? Math.max(baseMs, DEFAULT_BACKOFF.maxMs);
  for (const [field, value] of [
    ['backoff.baseMs', baseMs],
    ['backoff.maxMs', maxMs],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InputError(
        field,
        'non-negative-integer',
        `${field} must be a whole number ≥ 0, got ${value}.`,
      );
    }
  }
  if (maxMs < baseMs) {
    throw new InputError(
      'backoff.maxMs',
      'max-at-least-base',
      `backoff.maxMs (${maxMs}) is below baseMs (${baseMs}).`,
    );
  }
  return { baseMs, maxMs };
}

/**
 * The wait after `attempts` failed sends (1 for the first), in milliseconds: `baseMs × 2^(attempts−1)`,
 * capped at `maxMs`, and at least `retryAfterMs` when the platform asked for it.
 *
 * @example
 * ```ts
 * retryDelay(3, { baseMs: 1000, maxMs: 60_000 }); // 4000
 * retryDelay(1, { baseMs: 1000, maxMs: 60_000 }, 120_000); // 120000
 * ```
 */
export function retryDelay(attempts: number, policy: BackoffPolicy, retryAfterMs?: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 52));
  const backoff = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.max(backoff, retryAfterMs ?? 0);
}

/**
 * When the next attempt may go, as ISO 8601.
 *
 * @example
 * ```ts
 * nextAttemptAt(new Date('2024-05-01T10:00:00Z'), 1, DEFAULT_BACKOFF); // '2024-05-01T10:00:30.000Z'
 * ```
 */
export function nextAttemptAt(
  now: Date,
  attempts: number,
  policy: BackoffPolicy,
  retryAfterMs?: number,
): string {
  return new Date(now.getTime() + retryDelay(attempts, policy, retryAfterMs)).toISOString();
}
