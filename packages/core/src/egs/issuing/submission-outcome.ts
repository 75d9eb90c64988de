/**
 * What one answer (or its absence) does to a document's submission — the outbox's decision table,
 * kept apart from the sending so it can be tested on its own (fatoora-api.md §9):
 * - accepted: 200/202 `REPORTED` or `CLEARED`, and 208 on clearance (a hash already cleared) →
 *   `reported`, or `cleared` with ZATCA's stamped XML;
 * - 400, or a 2xx that says `NOT_REPORTED` / `NOT_CLEARED` → `rejected` with ZATCA's messages: the
 *   document keeps its ICV, and a corrected one is issued anew;
 * - 409 that confirms an earlier acceptance → accepted, never re-issued, its ICV kept. It confirms
 *   one when it answers a resend after an attempt whose outcome was unknown (our client's own
 *   retry, or an earlier attempt of the outbox that timed out, lost its connection or met a 5xx),
 *   or when its body is ZATCA's duplicate answer (both known shapes, `isDuplicateAnswer`). A
 *   clearance so confirmed without stamped XML, in the 409 or from an earlier answer, is `cleared`
 *   and flagged for follow-up (`cleared-xml-missing`): the stamped XML is in the Fatoora portal;
 * - any other 409 → still `pending`, flagged for follow-up (`unexplained-conflict`) with its answer:
 *   never `rejected` on that ground, as the platform may well hold the document;
 * - 303 on clearance → clearance is switched off: report the same document instead;
 * - anything else our client reports (5xx, 429, 401, a malformed answer, a timeout or lost
 *   connection whose outcome is unknown) → still `pending`, with the error and a backoff time for
 *   the next attempt. Sending the same signed document again is safe: the platform files
 *   documents by hash.
 */
import { isDuplicateAnswer } from '../../api/duplicate-answer.ts';
import type { InvoiceResult } from '../../api/invoice-result.ts';
import { AlreadySubmittedError } from '../../errors/already-submitted-error.ts';
import {
  ApiError,
  type ZatcaValidationMessage,
  type ZatcaValidationResults,
} from '../../errors/api-error.ts';
import { ClearanceDisabledError } from '../../errors/clearance-disabled-error.ts';
import { FatooraError } from '../../errors/fatoora-error.ts';
import { RateLimitedError } from '../../errors/rate-limited-error.ts';
import { RejectedError } from '../../errors/rejected-error.ts';
import { ServerError } from '../../errors/server-error.ts';
import type { SubmissionError, SubmissionFollowUp, SubmissionRecord } from '../store/store.ts';
import { type BackoffPolicy, nextAttemptAt } from './backoff.ts';

/** The outcome of one failed send: a new submission record, or `reroute` (303: report it instead). */
export type FailureOutcome = SubmissionRecord | 'reroute';

/** The follow-up of a clearance ZATCA accepted without handing back its stamped XML. */
const CLEARED_XML_MISSING: SubmissionFollowUp = {
  reason: 'cleared-xml-missing',
  message:
    'ZATCA accepted the clearance but its stamped XML never arrived: fetch the cleared document from the Fatoora portal before handing it to the buyer.',
};

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
    clearedXml: result.clearedInvoice,
  });
}

/**
 * The submission after a failed send. `submission.attempts` already counts this attempt, and its
 * `lastError` is still the previous attempt's.
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
    if (confirmsAcceptance(submission, error)) {
      return settled(submission, submission.route === 'clearance' ? 'cleared' : 'reported', now, {
        messages: messagesOf(error.validationResults),
        // The platform may send the stamped XML of the earlier clearance again.
        clearedXml: error.clearedInvoice,
      });
    }
    return pending(submission, error, options, {
      reason: 'unexplained-conflict',
      message:
        'ZATCA answered 409 on a first send, without saying the document is a duplicate: look it up in the Fatoora portal. It stays pending and is sent again with the same bytes; it is never marked rejected on this ground.',
    });
  }
  if (error instanceof RejectedError) {
    return settled(submission, 'rejected', now, { messages: messagesOf(error.validationResults) });
  }
  if (!(error instanceof FatooraError)) throw error;
  return pending(submission, error, options);
}

/**
 * Whether a 409 confirms that the platform accepted this document earlier: it answers a resend
 * after an attempt whose outcome was unknown, or its body is ZATCA's duplicate answer. A 409 that
 * answers a resend after another 409 says nothing new.
 */
function confirmsAcceptance(submission: SubmissionRecord, error: AlreadySubmittedError): boolean {
  if (error.afterRetry || isDuplicateAnswer(error)) return true;
  const resend = submission.attempts > 1;
  return resend && submission.lastError?.code !== error.code;
}

/** Still pending: the error, its status, and when to try again; `followUp` when one is due. */
function pending(
  submission: SubmissionRecord,
  error: FatooraError,
  options: { readonly now: Date; readonly backoff: BackoffPolicy },
  followUp?: SubmissionFollowUp,
): SubmissionRecord {
  const retryAfterMs =
    error instanceof RateLimitedError || error instanceof ServerError ? error.retryAfterMs : undefined;
  const lastError: SubmissionError = {
    code: error.code,
    message: error.message,
    ...(error instanceof ApiError ? { status: error.status } : {}),
  };
  return {
    route: submission.route,
    state: 'pending',
    attempts: submission.attempts,
    nextAttemptAt: nextAttemptAt(options.now, submission.attempts, options.backoff, retryAfterMs),
    lastError,
    ...(followUp !== undefined ? { followUp } : {}),
  };
}

function settled(
  submission: SubmissionRecord,
  state: 'cleared' | 'reported' | 'rejected',
  now: Date,
  extra: { readonly messages: readonly ZatcaValidationMessage[]; readonly clearedXml?: string | undefined },
): SubmissionRecord {
  // A clearance stamped earlier (an answer whose XML was kept) keeps its XML.
  const clearedXml = state === 'cleared' ? (extra.clearedXml ?? submission.clearedXml) : undefined;
  return {
    route: submission.route,
    state,
    attempts: submission.attempts,
    ...(submission.lastError !== undefined ? { lastError: submission.lastError } : {}),
    messages: extra.messages,
    ...(clearedXml !== undefined ? { clearedXml } : {}),
    ...(state === 'cleared' && clearedXml === undefined ? { followUp: CLEARED_XML_MISSING } : {}),
    settledAt: now.toISOString(),
  };
}

/** ZATCA's errors, then its warnings. */
function messagesOf(results: ZatcaValidationResults | undefined): ZatcaValidationMessage[] {
  return [...(results?.errorMessages ?? []), ...(results?.warningMessages ?? [])];
}
