/**
 * The outbox: every stored document still `pending` with the platform — simplified documents to
 * report, and standard ones whose clearance did not get through — each with its 24-hour deadline
 * (BR-KSA-98) and the time of its next attempt. Draining sends them strictly in ICV order and stops
 * at the first one that stays pending (or, unless forced, whose backoff has not run out): the
 * platform checks each document's PIH against the unit's last submitted document (KSA-13), so a
 * document sent ahead of an earlier one that has not arrived would be refused for a broken chain.
 * A rejected document does not stop the drain — it keeps its place in the chain on the platform too.
 */
import type { ComplianceDocumentKind } from '../../model/document-kinds.ts';
import type { EgsStore, IssuedDocumentRecord, SubmissionRecord, SubmissionState } from '../store/store.ts';
import { isOverdue, reportingDeadline } from './deadline.ts';
import { type SubmitContext, submitDocument } from './submit-document.ts';

/** A document waiting in the outbox. */
export interface OutboxItem {
  /** KSA-16. */
  readonly counter: number;
  /** BT-1. */
  readonly id: string;
  readonly uuid: string;
  readonly kind: ComplianceDocumentKind;
  readonly route: SubmissionRecord['route'];
  /** Sends so far. */
  readonly attempts: number;
  /** When the next attempt may go (ISO 8601); absent before the first. */
  readonly nextAttemptAt?: string;
  /** The last failure: a typed error's code and message. */
  readonly lastError?: { readonly code: string; readonly message: string };
  /** When it was issued (ISO 8601). */
  readonly issuedAt: string;
  /** Issue + 24 hours (ISO 8601): when it is due with the platform (BR-KSA-98). */
  readonly deadline: string;
  /** Whether the deadline has passed. */
  readonly overdue: boolean;
}

/** Options of {@link drainOutbox}. */
export interface DrainOptions {
  /** Send even documents whose backoff has not run out. Default false. */
  readonly force?: boolean;
  /** Stop after this ICV (an `issue` sends the documents up to its own). */
  readonly upTo?: number;
}

/** A document the drain settled. */
export interface SettledDocument {
  readonly counter: number;
  readonly id: string;
  readonly state: Exclude<SubmissionState, 'pending'>;
}

/** What a drain did. */
export interface DrainResult {
  /** The documents it settled, in ICV order. */
  readonly settled: readonly SettledDocument[];
  /** The documents still pending afterwards, in ICV order. */
  readonly remaining: readonly OutboxItem[];
  /**
   * The ICV of the document that stopped the drain: it stayed pending after its attempt, or
   * (without `force`) its next attempt is not due yet. Absent when nothing stopped it.
   */
  readonly blockedAt?: number;
}

/**
 * The outbox view of a pending document.
 *
 * @throws {RangeError} when the document's `issuedAt` is not a date.
 * @example
 * ```ts
 * toOutboxItem(document, new Date()).deadline; // issuedAt + 24 h
 * ```
 */
export function toOutboxItem(document: IssuedDocumentRecord, now: Date): OutboxItem {
  const { submission } = document;
  return {
    counter: document.counter,
    id: document.id,
    uuid: document.uuid,
    kind: document.kind,
    route: submission.route,
    attempts: submission.attempts,
    ...(submission.nextAttemptAt !== undefined ? { nextAttemptAt: submission.nextAttemptAt } : {}),
    ...(submission.lastError !== undefined ? { lastError: submission.lastError } : {}),
    issuedAt: document.issuedAt,
    deadline: reportingDeadline(document.issuedAt).toISOString(), // BR-KSA-98
    overdue: isOverdue(document.issuedAt, now),
  };
}

/**
 * The unit's pending documents, in ICV order.
 *
 * @throws {StoreError} when the store fails.
 * @example
 * ```ts
 * const overdue = (await listOutbox(store, 'till-1', new Date())).filter((item) => item.overdue);
 * ```
 */
export async function listOutbox(store: EgsStore, unitId: string, now: Date): Promise<OutboxItem[]> {
  const pending = await store.listDocuments(unitId, { state: 'pending' });
  return pending.map((document) => toOutboxItem(document, now));
}

/**
 * Sends the pending documents in ICV order (see the module comment for where it stops).
 *
 * @throws {StoreError} when the store fails.
 * @example
 * ```ts
 * const { settled, remaining } = await drainOutbox(context, {});
 * ```
 */
export async function drainOutbox(context: SubmitContext, options: DrainOptions = {}): Promise<DrainResult> {
  const { store, unitId } = context;
  const settled: SettledDocument[] = [];
  let blockedAt: number | undefined;
  let progressed = true;
  // Documents issued while the drain runs are picked up by the next pass.
  while (progressed && blockedAt === undefined) {
    progressed = false;
    for (const document of await store.listDocuments(unitId, { state: 'pending' })) {
      if (options.upTo !== undefined && document.counter > options.upTo) break;
      const next = document.submission.nextAttemptAt;
      if (!options.force && next !== undefined && Date.parse(next) > context.now().getTime()) {
        blockedAt = document.counter;
        break;
      }
      const sent = await submitDocument(context, document);
      const { state } = sent.submission;
      if (state === 'pending') {
        blockedAt = document.counter;
        break;
      }
      settled.push({ counter: sent.counter, id: sent.id, state });
      progressed = true;
    }
  }
  return {
    settled,
    remaining: await listOutbox(store, unitId, context.now()),
    ...(blockedAt !== undefined ? { blockedAt } : {}),
  };
}
