/**
 * The tax engine applied to a typed {@link Invoice}: the one mapping from the model's lines,
 * allowances, charges and prepayments to the engine's input, shared by the builder and the
 * validator, plus the VAT total in SAR (BT-111) for documents in another currency.
 */
import { InputError } from '../errors/input-error.ts';
import type { Invoice } from '../model/invoice.ts';
import { type Decimal, decimal, multiplyDecimals } from '../money/decimal.ts';
import { computeTotals, type InvoiceTotals, roundAmount } from './totals.ts';

/** The engine's totals of an invoice, with the VAT total in the tax currency. */
export interface InvoiceModelTotals extends InvoiceTotals {
  /** BT-111: the VAT total in SAR (equal to `taxAmount` for SAR documents). */
  readonly taxAmountInSar: Decimal;
}

/**
 * Computes every amount of an invoice.
 *
 * @throws {InputError} naming the model path of a malformed amount or category, or of a missing
 * exchange rate for a document in another currency (BR-KSA-EN16931-02 needs the VAT in SAR).
 * @example
 * ```ts
 * formatDecimal(computeInvoiceTotals(invoice).payableAmount, 2); // '193.58'
 * ```
 */
export function computeInvoiceTotals(invoice: Invoice): InvoiceModelTotals {
  const totals = computeTotals({
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
    // A prepayment line's own amounts are all zero (BR-KSA-82), so it adds nothing to the
    // document's VAT breakdown: only its KSA-31/32 amounts count, in the prepaid amount.
    prepayments: invoice.prepayments ?? [],
    ...(invoice.payableRoundingAmount !== undefined
      ? { payableRoundingAmount: invoice.payableRoundingAmount }
      : {}),
  });
  return { ...totals, taxAmountInSar: taxAmountInSar(invoice, totals.taxAmount) };
}

function taxAmountInSar(invoice: Invoice, taxAmount: Decimal): Decimal {
  if ((invoice.currency ?? 'SAR') === 'SAR') return taxAmount;
  if (invoice.taxAmountInSar !== undefined) {
    return roundAmount(decimal(invoice.taxAmountInSar, 'taxAmountInSar'));
  }
  if (invoice.exchangeRate === undefined) {
    throw new InputError(
      'exchangeRate',
      'BR-KSA-EN16931-02',
      `A document in ${String(invoice.currency)} needs its VAT total in SAR: give exchangeRate (SAR per ${String(invoice.currency)}) or taxAmountInSar.`,
    );
  }
  return roundAmount(multiplyDecimals(taxAmount, decimal(invoice.exchangeRate, 'exchangeRate')));
}
