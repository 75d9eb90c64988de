/**
 * The tax engine applied to a typed {@link Invoice}: the one mapping from the model's lines,
 * allowances and charges to the engine's input, shared by the builder and the validator.
 */
import type { Invoice } from '../model/invoice.ts';
import { computeTotals, type InvoiceTotals } from './totals.ts';

/**
 * Computes every amount of an invoice.
 *
 * @throws {InputError} naming the model path of a malformed amount or category.
 * @example
 * ```ts
 * formatDecimal(computeInvoiceTotals(invoice).payableAmount, 2); // '193.58'
 * ```
 */
export function computeInvoiceTotals(invoice: Invoice): InvoiceTotals {
  return computeTotals({
    lines: (invoice.lines ?? []).map((line) => ({
      quantity: line.quantity,
      price: line.price,
      ...(line.baseQuantity !== undefined ? { baseQuantity: line.baseQuantity } : {}),
      allowances: (line.allowances ?? []).map((adjustment) => adjustment.amount),
      charges: (line.charges ?? []).map((adjustment) => adjustment.amount),
      taxCategory: line.taxCategory,
      taxRate: line.taxRate,
    })),
    allowances: invoice.allowances ?? [],
    charges: invoice.charges ?? [],
  });
}
