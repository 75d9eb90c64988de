/**
 * A draft's faults from core's pipeline (`prepareDraft`, the checks `validateInvoice` and an EGS
 * unit make, with stand-ins for what the unit assigns), grouped by model path so that each form
 * field finds its own (`seller.vatNumber`, `lines[2].taxRate`), with counts of errors and
 * warnings. Messages are ZATCA's rule ids with English and Arabic texts (`RULES`). Pure;
 * `useInvoiceValidation` is its React adapter.
 */
import type { Fault } from '@fatoora/core/errors';
import type { Invoice, InvoiceDraft } from '@fatoora/core/model';
import { type DraftCheckOptions, preparedDraft } from './prepared-draft.ts';

/** Faults of a draft. */
export interface InvoiceValidationState {
  /** Every fault, in the validator's order. */
  readonly faults: readonly Fault[];
  /** The faults of each model path. */
  readonly byPath: ReadonlyMap<string, readonly Fault[]>;
  /** How many faults are errors: any one keeps the document from being valid. */
  readonly errorCount: number;
  /** How many faults are warnings: ZATCA accepts the document, with them. */
  readonly warningCount: number;
  /** No error (warnings never fail a document). */
  readonly valid: boolean;
}

/**
 * Groups faults by path, keeping their order.
 *
 * @example
 * ```ts
 * groupFaultsByPath(faults).get('seller.vatNumber'); // [{ rule: 'BR-KSA-40', … }]
 * ```
 */
export function groupFaultsByPath(faults: readonly Fault[]): ReadonlyMap<string, readonly Fault[]> {
  const groups = new Map<string, Fault[]>();
  for (const fault of faults) {
    const group = groups.get(fault.path);
    if (group) group.push(fault);
    else groups.set(fault.path, [fault]);
  }
  return groups;
}

/**
 * Validates a draft (pure; see `useInvoiceValidation`).
 *
 * @example
 * ```ts
 * invoiceValidation(draft, { now: new Date() }).valid;
 * ```
 */
export function invoiceValidation(
  draft: InvoiceDraft | Invoice,
  options: DraftCheckOptions = {},
): InvoiceValidationState {
  const faults = preparedDraft(draft, options).faults;
  const errorCount = faults.filter((fault) => fault.severity === 'error').length;
  return {
    faults,
    byPath: groupFaultsByPath(faults),
    errorCount,
    warningCount: faults.length - errorCount,
    valid: errorCount === 0,
  };
}
