/**
 * Live totals of a draft: `invoiceTotals` (in `state/`) recomputed when the draft, the clock or
 * the rule set changes. While a field holds something the tax engine cannot read (a half-typed
 * amount), the totals are `undefined` and `fault` says which field and why.
 */
import type { Invoice, InvoiceDraft } from '@fatoora/core/model';
import { type InvoiceTotalsState, invoiceTotals } from '../state/invoice-totals.ts';
import type { DraftCheckOptions } from '../state/prepared-draft.ts';
import { useDraftMemo } from './use-draft-memo.ts';

/**
 * The totals of a draft, recomputed when it changes. Given the same options as
 * `useInvoiceValidation`, both hooks share one preparation of the draft.
 *
 * @example
 * ```tsx
 * const { totals, fault } = useInvoiceTotals(draft, { now });
 * totals ? formatAmount(totals.payableAmount, locale) : fault?.message;
 * ```
 */
export function useInvoiceTotals(
  draft: InvoiceDraft | Invoice,
  options: DraftCheckOptions = {},
): InvoiceTotalsState {
  return useDraftMemo(draft, options, invoiceTotals);
}
