/**
 * The tax engine: line, VAT breakdown and document amounts in exact decimals.
 */
export { computeInvoiceTotals } from './invoice-totals.ts';
export {
  type AdjustmentInput,
  computeLineTotals,
  computeTotals,
  type DecimalInput,
  type InvoiceTotals,
  type LineAmountsInput,
  type LineTotals,
  type PrepaymentInput,
  roundAmount,
  type TaxBreakdownEntry,
  type TotalsInput,
} from './totals.ts';
