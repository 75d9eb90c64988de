/**
 * One line for a typed error of the core: its code, its message and — when the platform answered —
 * the HTTP status and ZATCA's error codes that the message does not already name, found on the
 * error or on the error that caused it (`onboarding-failed` wraps the API's `RejectedError`).
 * Nothing else of the error is shown: its details never hold credentials, and neither does this line.
 */
import { ApiError, type FatooraError, findCause } from '@fatoora/core/errors';

/**
 * Describes a typed error in one line.
 *
 * @example
 * ```ts
 * describeError(error);
 * // 'onboarding-failed: The compliance CSID request failed: ZATCA rejected … (400): Invalid-OTP: …'
 * ```
 */
export function describeError(error: FatooraError): string {
  const message = oneLine(error.message);
  const api = findCause(error, (cause): cause is ApiError => cause instanceof ApiError);
  if (api === undefined) return `${error.code}: ${message}`;
  const facts = [
    ...(message.includes(String(api.status)) ? [] : [`HTTP ${api.status}`]),
    ...new Set(api.errors.flatMap((item) => (item.code && !message.includes(item.code) ? [item.code] : []))),
  ];
  return `${error.code}: ${message}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
}

/** The text on one line: the CLI prints one line per failure. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
