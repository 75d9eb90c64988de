/**
 * A draft's totals from core's pipeline (`prepareDraft`, whose tax engine computes line amounts,
 * the VAT breakdown and the document amounts — also while other rules still fail). While a field
 * holds something the engine cannot read (a half-typed amount), the totals are `undefined` and
 * `fault` says which field and why. Pure; `useInvoiceTotals` is its React adapter.
 */
import type { InvoiceModelTotals } from '@fatoora/core/calc';
import type { Fault } from '@fatoora/core/errors';
import type { Invoice, InvoiceDraft } from '@fatoora/core/model';
import { type DraftCheckOptions, preparedDraft } from './prepared-draft.ts';

/** Totals, or why there are none. */
export interface InvoiceTotalsState {
  /** Every amount, exact; `undefined` while the draft cannot be computed. */
  readonly totals: InvoiceModelTotals | undefined;
  /** Why the totals are missing, with the model path of the field at fault. */
  readonly fault: Fault | undefined;
}

/**
 * Computes a draft's totals (pure; see `useInvoiceTotals`).
 *
 * @throws {Error} only for a programming error (never for a malformed draft).
 * @example
 * ```ts
 * invoiceTotals(draft).totals?.payableAmount;
 * ```
 */
export function invoiceTotals(
  draft: InvoiceDraft | Invoice,
  options: DraftCheckOptions = {},
): InvoiceTotalsState {
  const { totals, totalsFault } = preparedDraft(draft, options);
  return { totals, fault: totals ? undefined : totalsFault };
}
