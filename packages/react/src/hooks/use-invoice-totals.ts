/**
 * Live totals of a draft from core's pipeline (`prepareDraft`, whose tax engine computes line
 * amounts, the VAT breakdown and the document amounts — also while other rules still fail). While
 * a field holds something the engine cannot read (a half-typed amount), the totals are `undefined`
 * and `fault` says which field and why.
 */
import type { InvoiceModelTotals } from '@fatoora/core/calc';
import type { Fault } from '@fatoora/core/errors';
import type { Invoice, InvoiceDraft } from '@fatoora/core/model';
import type { PrepareOptions } from '@fatoora/core/pipeline';
import { preparedDraft, useDraftMemo } from './prepared-draft.ts';

/** Totals, or why there are none. */
export interface InvoiceTotalsState {
  /** Every amount, exact; `undefined` while the draft cannot be computed. */
  readonly totals: InvoiceModelTotals | undefined;
  /** Why the totals are missing, with the model path of the field at fault. */
  readonly fault: Fault | undefined;
}

/**
 * Computes a draft's totals (pure; see {@link useInvoiceTotals}).
 *
 * @throws {Error} only for a programming error (never for a malformed draft).
 * @example
 * ```ts
 * invoiceTotals(draft).totals?.payableAmount;
 * ```
 */
export function invoiceTotals(
  draft: InvoiceDraft | Invoice,
  options: Pick<PrepareOptions, 'now' | 'ruleSet'> = {},
): InvoiceTotalsState {
  const { totals, totalsFault } = preparedDraft(draft, options);
  return { totals, fault: totals ? undefined : totalsFault };
}

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
  options: Pick<PrepareOptions, 'now' | 'ruleSet'> = {},
): InvoiceTotalsState {
  return useDraftMemo(draft, options, invoiceTotals);
}
