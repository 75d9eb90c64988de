/**
 * The document totals: the VAT total in SAR (`cac:TaxTotal` without subtotals, BT-111), the VAT
 * total with its breakdown per category and rate (BG-23) in the document currency, and
 * `cac:LegalMonetaryTotal` (BG-22) — written from the tax engine's results and read back as
 * written, for the validator's arithmetic rules.
 */
import type { InvoiceModelTotals } from '../calc/invoice-totals.ts';
import type { TaxExemption } from '../model/invoice.ts';
import { formatDecimal } from '../money/decimal.ts';
import type { XmlElement } from '../xml/dom-types.ts';
import { defined } from './defined.ts';
import type { Money } from './money.ts';
import { buildTaxCategory, type CategoryFacts, readCategory } from './tax-category.ts';
import { attributeAt, elementAt, elementsAt, textAt } from './ubl-paths.ts';
import { el, type XmlNodeSpec } from './xml-writer.ts';

/** Both `cac:TaxTotal`s: SAR first (BR-KSA-EN16931-09), then the one with the breakdown. */
export function buildTaxTotals(
  totals: InvoiceModelTotals,
  exemptions: readonly TaxExemption[],
  money: Money,
): XmlNodeSpec[] {
  return [
    el('cac:TaxTotal', {}, [money('cbc:TaxAmount', totals.taxAmountInSar, 'SAR')]),
    el('cac:TaxTotal', {}, [
      money('cbc:TaxAmount', totals.taxAmount),
      ...totals.breakdown.map((entry) => {
        // BR-S-10: a standard-rated entry carries no exemption reason.
        const exemption =
          entry.taxCategory === 'S'
            ? undefined
            : exemptions.find((candidate) => candidate.taxCategory === entry.taxCategory);
        return el('cac:TaxSubtotal', {}, [
          money('cbc:TaxableAmount', entry.taxableAmount),
          money('cbc:TaxAmount', entry.taxAmount),
          buildTaxCategory({
            taxCategory: entry.taxCategory,
            taxRate: formatDecimal(entry.taxRate, 2),
            ...(exemption?.reasonCode !== undefined ? { reasonCode: exemption.reasonCode } : {}),
            ...(exemption !== undefined ? { reason: exemption.reason } : {}),
          }),
        ]);
      }),
    ]),
  ];
}

/** `cac:LegalMonetaryTotal`. */
export function buildMonetaryTotal(
  totals: InvoiceModelTotals,
  options: { readonly charges: boolean; readonly rounding: boolean },
  money: Money,
): XmlNodeSpec {
  return el('cac:LegalMonetaryTotal', {}, [
    money('cbc:LineExtensionAmount', totals.lineExtensionAmount),
    money('cbc:TaxExclusiveAmount', totals.taxExclusiveAmount),
    money('cbc:TaxInclusiveAmount', totals.taxInclusiveAmount),
    money('cbc:AllowanceTotalAmount', totals.allowanceTotalAmount),
    options.charges && money('cbc:ChargeTotalAmount', totals.chargeTotalAmount),
    money('cbc:PrepaidAmount', totals.prepaidAmount),
    options.rounding && money('cbc:PayableRoundingAmount', totals.payableRoundingAmount),
    money('cbc:PayableAmount', totals.payableAmount),
  ]);
}

/** A VAT breakdown entry as written. */
export interface WrittenBreakdownEntry extends Partial<CategoryFacts> {
  readonly taxableAmount?: string;
  readonly taxAmount?: string;
}

/** The document totals as written. */
export interface WrittenTotals {
  /** BT-110 of the total with subtotals, and its currencyID. */
  readonly taxAmount?: string;
  readonly taxAmountCurrency?: string;
  /** BT-111: the amount of a total without subtotals, and its currencyID. */
  readonly taxAmountInTaxCurrency?: string;
  readonly taxAmountInTaxCurrencyCurrency?: string;
  /** How many totals have subtotals (BR-KSA-EN16931-08) and how many have none (-09). */
  readonly totalsWithBreakdown: number;
  readonly totalsWithoutBreakdown: number;
  readonly breakdown: readonly WrittenBreakdownEntry[];
  /** Every `cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount`, of every tax total (BR-CO-15 sums them). */
  readonly subtotalTaxAmounts: readonly string[];
  /** The currencyID of every `cac:TaxTotal/cbc:TaxAmount` (BR-CO-15 wants one in BT-5). */
  readonly taxAmountCurrencies: readonly string[];
  readonly lineExtensionAmount?: string;
  readonly taxExclusiveAmount?: string;
  readonly taxInclusiveAmount?: string;
  readonly allowanceTotalAmount?: string;
  readonly chargeTotalAmount?: string;
  readonly prepaidAmount?: string;
  readonly payableRoundingAmount?: string;
  readonly payableAmount?: string;
}

/** Reads the document totals as written. */
export function readTotals(root: XmlElement): WrittenTotals {
  const taxTotals = elementsAt(root, 'cac:TaxTotal');
  const withBreakdown = taxTotals.filter((total) => elementAt(total, 'cac:TaxSubtotal'));
  const withoutBreakdown = taxTotals.filter((total) => !elementAt(total, 'cac:TaxSubtotal'));
  const main = withBreakdown[0];
  const inTaxCurrency = withoutBreakdown[0];
  const monetary = elementAt(root, 'cac:LegalMonetaryTotal');
  const amount = (name: `cbc:${string}`) => textAt(monetary, name);
  return {
    ...defined({
      taxAmount: textAt(main, 'cbc:TaxAmount'),
      taxAmountCurrency: attributeAt(main, 'currencyID', 'cbc:TaxAmount'),
      taxAmountInTaxCurrency: textAt(inTaxCurrency, 'cbc:TaxAmount'),
      taxAmountInTaxCurrencyCurrency: attributeAt(inTaxCurrency, 'currencyID', 'cbc:TaxAmount'),
      lineExtensionAmount: amount('cbc:LineExtensionAmount'),
      taxExclusiveAmount: amount('cbc:TaxExclusiveAmount'),
      taxInclusiveAmount: amount('cbc:TaxInclusiveAmount'),
      allowanceTotalAmount: amount('cbc:AllowanceTotalAmount'),
      chargeTotalAmount: amount('cbc:ChargeTotalAmount'),
      prepaidAmount: amount('cbc:PrepaidAmount'),
      payableRoundingAmount: amount('cbc:PayableRoundingAmount'),
      payableAmount: amount('cbc:PayableAmount'),
    }),
    subtotalTaxAmounts: taxTotals.flatMap((total) =>
      elementsAt(total, 'cac:TaxSubtotal').map((subtotal) => textAt(subtotal, 'cbc:TaxAmount') ?? ''),
    ),
    taxAmountCurrencies: taxTotals.flatMap((total) =>
      elementsAt(total, 'cbc:TaxAmount').map((amount) => amount.getAttribute('currencyID') ?? ''),
    ),
    totalsWithBreakdown: withBreakdown.length,
    totalsWithoutBreakdown: withoutBreakdown.length,
    breakdown: elementsAt(main, 'cac:TaxSubtotal').map((subtotal) => ({
      ...readCategory(elementAt(subtotal, 'cac:TaxCategory')),
      ...defined({
        taxableAmount: textAt(subtotal, 'cbc:TaxableAmount'),
        taxAmount: textAt(subtotal, 'cbc:TaxAmount'),
      }),
    })),
  };
}
