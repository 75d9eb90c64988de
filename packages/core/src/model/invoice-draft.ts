/**
 * What a caller gives an EGS unit to issue: the invoice model without the values the unit's chain
 * assigns — the ICV (KSA-16), the PIH (KSA-13) and the UUID (KSA-1) — and with the issue date and
 * time optional (the unit's clock, in Saudi time, when left out). Assigning them inside the store's
 * atomic append is what keeps ICVs consecutive and each PIH equal to the previous hash under
 * concurrent callers. A draft is model data, free of the lifecycle: forms edit it, and
 * `prepareDraft` turns it into a checked model.
 */
import type { Invoice } from './invoice.ts';
import { saudiDateTime } from './saudi-time.ts';

/** An invoice model as a caller drafts it: the unit assigns ICV, PIH and UUID. */
export type InvoiceDraft = Omit<
  Invoice,
  'counter' | 'previousInvoiceHash' | 'uuid' | 'issueDate' | 'issueTime'
> & {
  /** BT-2, `YYYY-MM-DD`; default: today in Saudi time. */
  readonly issueDate?: string;
  /** KSA-25, `HH:MM:SS`; default: now in Saudi time. */
  readonly issueTime?: string;
};

/** The values the unit assigns to a draft. */
export interface AssignedValues {
  /** KSA-16, the chain head's ICV plus one. */
  readonly counter: number;
  /** KSA-13, the chain head's hash. */
  readonly previousInvoiceHash: string;
  /** KSA-1. */
  readonly uuid: string;
  /** The moment of issue, for a missing issue date or time. */
  readonly now: Date;
}

/**
 * The full invoice model of a draft. Assigned values win over anything the draft carries under
 * the same names (a caller outside TypeScript may pass them).
 *
 * @example
 * ```ts
 * completeDraft(draft, { counter: 7, previousInvoiceHash: head.previousInvoiceHash, uuid, now: new Date() });
 * ```
 */
export function completeDraft(draft: InvoiceDraft, assigned: AssignedValues): Invoice {
  const { date, time } = saudiDateTime(assigned.now);
  return {
    ...draft,
    issueDate: draft.issueDate ?? date,
    issueTime: draft.issueTime ?? time,
    counter: assigned.counter,
    previousInvoiceHash: assigned.previousInvoiceHash,
    uuid: assigned.uuid,
  };
}
