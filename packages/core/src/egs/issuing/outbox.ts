/**
 * The outbox: every stored document still `pending` with the platform — simplified documents to
 * report, and standard ones whose clearance did not get through — each with its 24-hour deadline
 * (BR-KSA-98) and the time of its next attempt. Draining sends them earliest deadline first (ICV
 * order among documents issued at the same moment). A document that stays pending after its
 * attempt — stuck on a 5xx, a timeout, an answer nobody expected — does not hold the others back:
 * ZATCA accepts a later document while an earlier one has not arrived (fatoora-api.md §9, "Out of
 * order is allowed"), and one stuck document must not take every later one past its deadline. The
 * stuck ones are listed with their last answer and deadline, for a person or the next drain. A
 * rejected document does not stop the drain either — it keeps its place in the chain on the
 * platform too.
 */
import type { ComplianceDocumentKind } from '../../model/document-kinds.ts';
import type {
  EgsStore,
  IssuedDocumentRecord,
  SubmissionError,
  SubmissionFollowUp,
  SubmissionRecord,
  SubmissionState,
} from '../store/store.ts';
import { isOverdue, reportingDeadline } from './deadline.ts';
import { type SubmitContext, submitDocument } from './submit-document.ts';

/** A document waiting in the outbox. */
export interface OutboxItem {
  /** KSA-16. */
  readonly counter: number;
  /** BT-1. */
  readonly id: string;
  /** KSA-1, the UUID the platform knows the document by. */
  readonly uuid: string;
  /** Which of the six document kinds it is. */
  readonly kind: ComplianceDocumentKind;
  /** `reporting` (simplified), or `clearance` for a standard document whose clearance did not get through. */
  readonly route: SubmissionRecord['route'];
  /** Sends so far. */
  readonly attempts: number;
  /** When the next attempt may go (ISO 8601); absent before the first. */
  readonly nextAttemptAt?: string;
  /** The last failure — the platform's last answer (code, message, HTTP status) or why none came. */
  readonly lastError?: SubmissionError;
  /**
   * Whether it is stuck: it has been sent and is still pending (its last answer in `lastError`,
   * or none when the sender stopped mid-call). Later documents go on without it.
   */
  readonly stuck: boolean;
  /** What a person should look into, when an answer left something (an unexplained 409). */
  readonly followUp?: SubmissionFollowUp;
  /** When it was issued (ISO 8601). */
  readonly issuedAt: string;
  /** Issue + 24 hours (ISO 8601): when it is due with the platform (BR-KSA-98). */
  readonly deadline: string;
  /** Whether the deadline has passed. */
  readonly overdue: boolean;
}

/**
 * Options of the outbox drain that `Egs.drainOutbox` runs: it takes `DrainOutboxOptions` and passes
 * them on as these.
 */
export interface DrainOptions {
  /** Send even documents whose backoff has not run out. Default false. */
  readonly force?: boolean;
  /** Only documents up to this ICV (an `issue` sends the documents up to its own). */
  readonly upTo?: number;
}

/** A document the drain settled. */
export interface SettledDocument {
  /** KSA-16, its ICV. */
  readonly counter: number;
  /** BT-1, its number. */
  readonly id: string;
  /** How it was settled: `cleared`, `reported` or `rejected`. */
  readonly state: Exclude<SubmissionState, 'pending'>;
  /** What a person should look into although it settled (a clearance without stamped XML). */
  readonly followUp?: SubmissionFollowUp;
}

/** What a drain did. */
export interface DrainResult {
  /** The documents it settled, in the order it sent them. */
  readonly settled: readonly SettledDocument[];
  /** The documents still pending afterwards, earliest deadline first. */
  readonly remaining: readonly OutboxItem[];
  /**
   * The documents this drain sent that stayed pending, each with its last answer and deadline,
   * earliest deadline first. The drain went on past each of them.
   */
  readonly stuck: readonly OutboxItem[];
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
    stuck: submission.attempts > 0,
    ...(submission.followUp !== undefined ? { followUp: submission.followUp } : {}),
    issuedAt: document.issuedAt,
    deadline: reportingDeadline(document.issuedAt).toISOString(), // BR-KSA-98
    overdue: isOverdue(document.issuedAt, now),
  };
}

/**
 * The unit's pending documents, earliest deadline first.
 *
 * @throws {StoreError} when the store fails.
 * @example
 * ```ts
 * const overdue = (await listOutbox(store, 'till-1', new Date())).filter((item) => item.overdue);
 * ```
 */
export async function listOutbox(store: EgsStore, unitId: string, now: Date): Promise<OutboxItem[]> {
  const pending = await store.listDocuments(unitId, { state: 'pending' });
  return byDeadline(pending).map((document) => toOutboxItem(document, now));
}

/**
 * Sends the pending documents earliest deadline first, each at most once, skipping those whose
 * backoff has not run out (unless `force`) and going on past those that stay pending.
 *
 * @throws {StoreError} when the store fails.
 * @example
 * ```ts
 * const { settled, stuck } = await drainOutbox(context, {});
 * ```
 */
export async function drainOutbox(context: SubmitContext, options: DrainOptions = {}): Promise<DrainResult> {
  const { store, unitId } = context;
  const settled: SettledDocument[] = [];
  const tried = new Set<number>();
  const stuck = new Set<number>();
  let sent = true;
  // Documents issued while the drain runs are picked up by the next pass.
  while (sent) {
    sent = false;
    const pending = byDeadline(await store.listDocuments(unitId, { state: 'pending' }));
    for (const document of pending) {
      if (tried.has(document.counter)) continue;
      if (options.upTo !== undefined && document.counter > options.upTo) continue;
      const next = document.submission.nextAttemptAt;
      if (!options.force && next !== undefined && Date.parse(next) > context.now().getTime()) continue;
      tried.add(document.counter);
      sent = true;
      const result = await submitDocument(context, document);
      const { state, followUp } = result.submission;
      if (state === 'pending') {
        stuck.add(document.counter);
        continue;
      }
      settled.push({
        counter: result.counter,
        id: result.id,
        state,
        ...(followUp !== undefined ? { followUp } : {}),
      });
    }
  }
  const remaining = await listOutbox(store, unitId, context.now());
  return { settled, remaining, stuck: remaining.filter((item) => stuck.has(item.counter)) };
}

/** Documents earliest deadline first; ICV order among those issued at the same moment. */
function byDeadline(documents: readonly IssuedDocumentRecord[]): IssuedDocumentRecord[] {
  const deadline = (document: IssuedDocumentRecord) => reportingDeadline(document.issuedAt).getTime();
  return [...documents].sort((a, b) => deadline(a) - deadline(b) || a.counter - b.counter);
}
