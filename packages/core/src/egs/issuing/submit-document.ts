/**
 * Sends one stored document to the platform and records what came of it: clearance for standard
 * documents, reporting for simplified ones (and for standard ones once clearance is switched off,
 * 303). Every attempt at a standard document starts at clearance, even when the last one was
 * rerouted: clearance may be back on, and a standard document the platform only took as a report
 * while it was off must still be cleared once it is on (fatoora-api.md §5, 303). The attempt is
 * saved before the call goes out — with the backoff time of the next attempt already set — so a
 * crash mid-call leaves a pending document that the outbox will send again, and the same signed
 * bytes are sent every time (a repeat is answered 409, never counted twice).
 */
import type { FatooraClient } from '../../api/client.ts';
import type { InvoiceResult } from '../../api/invoice-result.ts';
import { type SubmissionRoute, submissionRouteOf } from '../../model/document-kinds.ts';
import type { EgsStore, IssuedDocumentRecord, SubmissionRecord } from '../store/store.ts';
import { type BackoffPolicy, nextAttemptAt } from './backoff.ts';
import { settleAccepted, settleFailure } from './submission-outcome.ts';

/** What sending needs. */
export interface SubmitContext {
  readonly store: EgsStore;
  readonly unitId: string;
  /** A client holding the unit's production CSID. */
  readonly client: FatooraClient;
  readonly now: () => Date;
  readonly backoff: BackoffPolicy;
}

/**
 * Sends `document` once (a 303 on clearance is followed by one report) and returns it with its
 * new submission, as stored.
 *
 * @throws {StoreError} when the store cannot record the attempt or its outcome.
 * @example
 * ```ts
 * const sent = await submitDocument(context, document);
 * sent.submission.state; // 'cleared' | 'reported' | 'rejected' | 'pending'
 * ```
 */
export function submitDocument(
  context: SubmitContext,
  document: IssuedDocumentRecord,
): Promise<IssuedDocumentRecord> {
  return sendBy(context, document, submissionRouteOf(document.kind));
}

async function sendBy(
  context: SubmitContext,
  document: IssuedDocumentRecord,
  route: SubmissionRoute,
): Promise<IssuedDocumentRecord> {
  const { store, unitId } = context;
  const previous = document.submission;
  const attempts = previous.attempts + 1;
  const attempt: SubmissionRecord = {
    ...previous,
    route,
    attempts,
    nextAttemptAt: nextAttemptAt(context.now(), attempts, context.backoff),
  };
  await store.updateSubmission(unitId, document.counter, attempt);
  let outcome: SubmissionRecord | 'reroute';
  try {
    outcome = settleAccepted(attempt, await send(context.client, document, attempt.route), context.now());
  } catch (error) {
    outcome = settleFailure(attempt, error, { now: context.now(), backoff: context.backoff });
  }
  if (outcome === 'reroute') {
    // Clearance is switched off (303): the same signed document goes to reporting instead.
    return sendBy(context, { ...document, submission: attempt }, 'reporting');
  }
  await store.updateSubmission(unitId, document.counter, outcome);
  return { ...document, submission: outcome };
}

function send(
  client: FatooraClient,
  document: IssuedDocumentRecord,
  route: SubmissionRecord['route'],
): Promise<InvoiceResult> {
  const submission = { invoice: document.signedXml, invoiceHash: document.invoiceHash, uuid: document.uuid };
  return route === 'clearance' ? client.clearInvoice(submission) : client.reportInvoice(submission);
}
