/**
 * The tax engine: line, VAT breakdown and document amounts in exact decimals.
 *
 * @module @fatoora/core/calc
 */
export { computeInvoiceTotals, type InvoiceModelTotals } from './invoice-totals.ts';
export {
  type AdjustmentInput,
  computeLineTotals,
  computeTotals,
  type DecimalInput,
  type InvoiceTotals,
  type LineAmountsInput,
  type LineTotals,
  type PrepaymentInput,
  type PrepaymentTotals,
  roundAmount,
  type TaxBreakdownEntry,
  type TotalsInput,
} from './totals.ts';
