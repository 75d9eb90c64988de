/**
 * What the Issue page shows while the user types: the totals of the form (core's tax engine, one
 * rounding rule, decimal strings) and every fault ZATCA's rules find in it, each with its model
 * path so the page can mark the field. The values the unit assigns at issue time (ICV, PIH, UUID,
 * issue date and time) are filled with placeholders that break no rule, so only the user's own
 * fields can be at fault.
 */
import {
  computeInvoiceTotals,
  FatooraError,
  type Fault,
  FIRST_PREVIOUS_INVOICE_HASH,
  formatDecimal,
  type Invoice,
  type Seller,
  validateInvoice,
} from '@fatoora/core';
import { draftFromForm, type InvoiceForm } from './invoice-form.ts';

/** The totals of a form, as two-decimal strings. */
export interface FormTotals {
  /** Each line's net amount. */
  readonly lines: readonly string[];
  /** BT-109. */
  readonly net: string;
  /** BT-110. */
  readonly vat: string;
  /** BT-115. */
  readonly payable: string;
}

/** The preview of a form. */
export interface FormPreview {
  /** Absent while an amount cannot be read. */
  readonly totals?: FormTotals;
  /** Every fault, errors first. */
  readonly faults: readonly Fault[];
}

/**
 * Previews a form for a seller at a moment (Saudi date and time of `now` as the issue date).
 *
 * @example
 * ```ts
 * previewForm(form, seller, new Date()).totals?.payable; // '179.40'
 * ```
 */
export function previewForm(form: InvoiceForm, seller: Seller, now: Date): FormPreview {
  const saudi = new Date(now.getTime() + 3 * 60 * 60 * 1000).toISOString();
  const invoice: Invoice = {
    ...draftFromForm(form, seller),
    counter: 1,
    previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
    uuid: '00000000-0000-4000-8000-000000000000',
    issueDate: saudi.slice(0, 10),
    issueTime: saudi.slice(11, 19),
  };
  const faults = validateInvoice(invoice, { now }).sort(
    (a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error'),
  );
  try {
    const totals = computeInvoiceTotals(invoice);
    const two = (value: Parameters<typeof formatDecimal>[0]) => formatDecimal(value, 2);
    return {
      faults,
      totals: {
        lines: totals.lines.map((line) => two(line.netAmount)),
        net: two(totals.taxExclusiveAmount),
        vat: two(totals.taxAmount),
        payable: two(totals.payableAmount),
      },
    };
  } catch (error) {
    if (error instanceof FatooraError) return { faults };
    throw error;
  }
}
