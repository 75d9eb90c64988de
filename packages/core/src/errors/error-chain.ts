/**
 * Following an error's `cause` chain, once, for everyone: the EGS wraps the API's answer
 * (`onboarding-failed` around a `RejectedError`), the client wraps network failures, and the CLI,
 * the React kit and the demo each want the platform's answer behind whatever was thrown. The walk
 * is bounded, so a chain that loops back on itself ends.
 */
import { FATOORA_ERROR_BRAND, FatooraError } from './fatoora-error.ts';

/** How many links {@link findCause} follows at most. */
const MAX_DEPTH = 16;

/**
 * Whether `value` is one of fatoora's typed errors — also when it comes from another copy of
 * `@fatoora/core` than the caller's, where `instanceof FatooraError` says no.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (isFatooraError(error)) console.error(error.code);
 * }
 * ```
 */
export function isFatooraError(value: unknown): value is FatooraError {
  return (
    value instanceof FatooraError ||
    (value instanceof Error && (value as { [FATOORA_ERROR_BRAND]?: unknown })[FATOORA_ERROR_BRAND] === true)
  );
}

/**
 * The first error in `error`'s cause chain (`error` itself first) that `match` accepts.
 *
 * @example
 * ```ts
 * const answer = findCause(error, (cause) => cause instanceof ApiError);
 * answer?.status; // 400, the platform's answer behind an `onboarding-failed` EgsError
 * ```
 */
export function findCause<T>(error: unknown, match: (cause: unknown) => cause is T): T | undefined {
  let current = error;
  for (let depth = 0; depth < MAX_DEPTH && current !== undefined && current !== null; depth++) {
    if (match(current)) return current;
    current = current instanceof Error ? current.cause : undefined;
  }
  return undefined;
}
