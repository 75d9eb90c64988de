/**
 * Live totals of a draft from core's tax engine (`computeInvoiceTotals`): line amounts, the VAT
 * breakdown and the document amounts. While a field holds something the engine cannot read (a
 * half-typed amount), the totals are `undefined` and `fault` says which field and why.
 */
import { computeInvoiceTotals, type InvoiceModelTotals } from '@fatoora/core/calc';
import type { InvoiceDraft } from '@fatoora/core/egs';
import { FatooraError, type Fault, InputError, ValidationError } from '@fatoora/core/errors';
import type { Invoice } from '@fatoora/core/model';
import { useMemo } from 'react';

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
export function invoiceTotals(draft: InvoiceDraft | Invoice): InvoiceTotalsState {
  try {
    return { totals: computeInvoiceTotals(draft as Invoice), fault: undefined };
  } catch (error) {
    return { totals: undefined, fault: faultOf(error) };
  }
}

function faultOf(error: unknown): Fault {
  if (error instanceof InputError) {
    return { rule: error.rule, severity: 'error', path: error.field, message: error.message };
  }
  if (error instanceof ValidationError && error.faults[0] !== undefined) return error.faults[0];
  if (error instanceof FatooraError)
    return { rule: error.code, severity: 'error', path: '', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { rule: 'totals', severity: 'error', path: '', message };
}

/**
 * The totals of a draft, recomputed when it changes.
 *
 * @example
 * ```tsx
 * const { totals, fault } = useInvoiceTotals(draft);
 * totals ? formatAmount(totals.payableAmount, locale) : fault?.message;
 * ```
 */
export function useInvoiceTotals(draft: InvoiceDraft | Invoice): InvoiceTotalsState {
  return useMemo(() => invoiceTotals(draft), [draft]);
}
