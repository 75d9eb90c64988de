/**
 * What one answer (or its absence) does to a document's submission — the outbox's decision table,
 * kept apart from the sending so it can be tested on its own:
 * - accepted (200, 202) → `cleared` with ZATCA's stamped XML, or `reported`;
 * - 400 → `rejected` with ZATCA's messages: the document keeps its ICV, and a corrected one is
 *   issued anew (fatoora-api.md "Flow rules");
 * - 409 → the platform already has this signed document: our earlier attempt got through and only
 *   its answer was lost, so it is settled as accepted — never re-issued, and its ICV is kept. Only
 *   a 409 on the very first attempt whose answer lists errors (another document under this UUID)
 *   is a rejection;
 * - 303 on clearance → clearance is switched off: report the same document instead;
 * - anything else our client reports (5xx, 429, 401, a timeout or lost connection whose outcome
 *   is unknown) → still `pending`, with the error and a backoff time for the next attempt. Sending
 *   the same signed document again is safe: the platform files documents by hash.
 */
import type { InvoiceResult } from '../../api/invoice-result.ts';
import { AlreadySubmittedError } from '../../errors/already-submitted-error.ts';
import type { ZatcaValidationMessage, ZatcaValidationResults } from '../../errors/api-error.ts';
import { ClearanceDisabledError } from '../../errors/clearance-disabled-error.ts';
import { FatooraError } from '../../errors/fatoora-error.ts';
import { RateLimitedError } from '../../errors/rate-limited-error.ts';
import { RejectedError } from '../../errors/rejected-error.ts';
import { ServerError } from '../../errors/server-error.ts';
import type { SubmissionRecord } from '../store/store.ts';
import { type BackoffPolicy, nextAttemptAt } from './backoff.ts';

/** The outcome of one failed send: a new submission record, or `reroute` (303: report it instead). */
export type FailureOutcome = SubmissionRecord | 'reroute';

/**
 * The submission after an accepted answer.
 *
 * @example
 * ```ts
 * settleAccepted(submission, await client.clearInvoice(body), new Date()).state; // 'cleared'
 * ```
 */
export function settleAccepted(
  submission: SubmissionRecord,
  result: InvoiceResult,
  now: Date,
): SubmissionRecord {
  return settled(submission, submission.route === 'clearance' ? 'cleared' : 'reported', now, {
    messages: [...result.validationResults.warningMessages],
    ...(result.clearedInvoice !== undefined ? { clearedXml: result.clearedInvoice } : {}),
  });
}

/**
 * The submission after a failed send. `submission.attempts` already counts this attempt.
 *
 * @throws whatever `error` is when it is not a `FatooraError` (a programming error, not an answer).
 * @example
 * ```ts
 * settleFailure(submission, new ServerError('…', { status: 503 }), { now, backoff }).state; // 'pending'
 * ```
 */
export function settleFailure(
  submission: SubmissionRecord,
  error: unknown,
  options: { readonly now: Date; readonly backoff: BackoffPolicy },
): FailureOutcome {
  const { now } = options;
  if (error instanceof ClearanceDisabledError && submission.route === 'clearance') return 'reroute';
  if (error instanceof AlreadySubmittedError) {
    const otherDocument =
      !error.afterRetry &&
      submission.attempts <= 1 &&
      (error.validationResults?.errorMessages.length ?? 0) > 0;
    if (otherDocument)
      return settled(submission, 'rejected', now, { messages: messagesOf(error.validationResults) });
    return settled(submission, submission.route === 'clearance' ? 'cleared' : 'reported', now, {
      messages: [...(error.validationResults?.warningMessages ?? [])],
      // The platform may send the stamped XML of the earlier clearance again.
      ...(submission.route === 'clearance' && error.clearedInvoice !== undefined
        ? { clearedXml: error.clearedInvoice }
        : {}),
    });
  }
  if (error instanceof RejectedError) {
    return settled(submission, 'rejected', now, { messages: messagesOf(error.validationResults) });
  }
  if (!(error instanceof FatooraError)) throw error;
  const retryAfterMs =
    error instanceof RateLimitedError || error instanceof ServerError ? error.retryAfterMs : undefined;
  return {
    route: submission.route,
    state: 'pending',
    attempts: submission.attempts,
    nextAttemptAt: nextAttemptAt(now, submission.attempts, options.backoff, retryAfterMs),
    lastError: { code: error.code, message: error.message },
  };
}

function settled(
  submission: SubmissionRecord,
  state: 'cleared' | 'reported' | 'rejected',
  now: Date,
  extra: { readonly messages: readonly ZatcaValidationMessage[]; readonly clearedXml?: string },
): SubmissionRecord {
  return {
    route: submission.route,
    state,
    attempts: submission.attempts,
    ...(submission.lastError !== undefined ? { lastError: submission.lastError } : {}),
    messages: extra.messages,
    ...(extra.clearedXml !== undefined ? { clearedXml: extra.clearedXml } : {}),
    settledAt: now.toISOString(),
  };
}

/** ZATCA's errors, then its warnings. */
function messagesOf(results: ZatcaValidationResults | undefined): ZatcaValidationMessage[] {
  return [...(results?.errorMessages ?? []), ...(results?.warningMessages ?? [])];
}
