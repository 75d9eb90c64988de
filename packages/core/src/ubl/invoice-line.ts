/**
 * Invoice lines (`cac:InvoiceLine`, BG-25): the item lines with their allowances, charges, line
 * VAT (KSA-11) and amount with VAT (KSA-12), price, base quantity and price discount; and the
 * prepayment lines that settle an advance payment (a zero line referencing document type 386,
 * with the prepaid amounts in its own `cac:TaxSubtotal`, BR-KSA-73…80).
 */
import type { DecimalInput, LineTotals, PrepaymentTotals } from '../calc/totals.ts';
import type { InvoiceLine, LineAdjustment, Prepayment, TaxExemption } from '../model/invoice.ts';
import type { TaxCategoryCode } from '../model/tax-categories.ts';
import { addDecimals, decimal, formatDecimal, subtractDecimals } from '../money/decimal.ts';
import type { XmlElement } from '../xml/dom-types.ts';
import { buildAllowanceCharge } from './allowance-charge.ts';
import { defined } from './defined.ts';
import type { Money } from './money.ts';
import { buildClassifiedTaxCategory, buildTaxCategory, readCategory } from './tax-category.ts';
import { attributeAt, elementAt, elementsAt, textAt } from './ubl-paths.ts';
import { el, type XmlNodeSpec } from './xml-writer.ts';

/** BR-KSA-74: a prepayment line references a prepayment invoice, document type 386. */
export const PREPAYMENT_DOCUMENT_TYPE = '386';

const rate = (value: DecimalInput) => formatDecimal(decimal(value), 2);

/** One item line. */
export function buildInvoiceLine(line: InvoiceLine, amounts: LineTotals, money: Money): XmlNodeSpec {
  const unitCode = line.unitCode ?? 'PCE';
  return el('cac:InvoiceLine', {}, [
    el('cbc:ID', {}, line.id),
    el('cbc:InvoicedQuantity', { unitCode }, formatDecimal(decimal(line.quantity))),
    money('cbc:LineExtensionAmount', amounts.netAmount),
    ...(line.allowances ?? []).map((adjustment) => buildAllowanceCharge(adjustment, false, money)),
    ...(line.charges ?? []).map((adjustment) => buildAllowanceCharge(adjustment, true, money)),
    el('cac:TaxTotal', {}, [
      money('cbc:TaxAmount', amounts.vatAmount), // KSA-11
      money('cbc:RoundingAmount', amounts.amountWithVat), // KSA-12
    ]),
    el('cac:Item', {}, [
      el('cbc:Name', {}, line.name),
      buildClassifiedTaxCategory(line.taxCategory, rate(line.taxRate)),
    ]),
    el('cac:Price', {}, [
      money('cbc:PriceAmount', line.price),
      line.baseQuantity !== undefined &&
        el('cbc:BaseQuantity', { unitCode }, formatDecimal(decimal(line.baseQuantity))),
      // BR-KSA-EN16931-06/07: only a price allowance, its amount the gross minus the net price.
      line.grossPrice !== undefined &&
        el('cac:AllowanceCharge', {}, [
          el('cbc:ChargeIndicator', {}, 'false'),
          money('cbc:Amount', subtractDecimals(decimal(line.grossPrice), decimal(line.price))),
          money('cbc:BaseAmount', line.grossPrice),
        ]),
    ]),
  ]);
}

/** One prepayment line. */
export function buildPrepaymentLine(
  prepayment: Prepayment,
  amounts: PrepaymentTotals,
  exemption: TaxExemption | undefined,
  money: Money,
): XmlNodeSpec {
  const taxRate = rate(prepayment.taxRate);
  return el('cac:InvoiceLine', {}, [
    el('cbc:ID', {}, prepayment.lineId),
    el('cbc:InvoicedQuantity', { unitCode: prepayment.unitCode ?? 'PCE' }, '0.00'),
    money('cbc:LineExtensionAmount', '0'), // BR-KSA-82: the line itself is zero
    el('cac:DocumentReference', {}, [
      el('cbc:ID', {}, prepayment.invoiceId),
      prepayment.invoiceUuid !== undefined && el('cbc:UUID', {}, prepayment.invoiceUuid),
      el('cbc:IssueDate', {}, prepayment.issueDate),
      el('cbc:IssueTime', {}, prepayment.issueTime),
      el('cbc:DocumentTypeCode', {}, PREPAYMENT_DOCUMENT_TYPE),
    ]),
    el('cac:TaxTotal', {}, [
      money('cbc:TaxAmount', '0'),
      money('cbc:RoundingAmount', '0'),
      el('cac:TaxSubtotal', {}, [
        money('cbc:TaxableAmount', amounts.taxableAmount), // KSA-31
        money('cbc:TaxAmount', amounts.taxAmount), // KSA-32
        buildTaxCategory({
          taxCategory: prepayment.taxCategory,
          taxRate,
          ...(exemption?.reasonCode !== undefined ? { reasonCode: exemption.reasonCode } : {}),
          ...(exemption !== undefined ? { reason: exemption.reason } : {}),
        }),
      ]),
    ]),
    el('cac:Item', {}, [
      el('cbc:Name', {}, prepayment.name),
      buildClassifiedTaxCategory(prepayment.taxCategory, taxRate),
    ]),
    el('cac:Price', {}, [money('cbc:PriceAmount', '0')]),
  ]);
}

/** The amounts a line states, as written (for the validator's arithmetic rules). */
export interface WrittenLineAmounts {
  readonly netAmount?: string;
  readonly vatAmount?: string;
  readonly amountWithVat?: string;
  /** The category id as written, under any tax scheme (EN 16931's BR-x-08 sums read it so). */
  readonly categoryId?: string;
  /** Price-level charges (BR-KSA-EN16931-06 forbids them in SDK 238-R3.4.8). */
  readonly priceCharges: readonly string[];
  /** Each price allowance's `cbc:Amount` and `cbc:BaseAmount` as written (BR-KSA-EN16931-07). */
  readonly priceAllowances: readonly { readonly amount?: string; readonly baseAmount?: string }[];
}

/** A prepayment line's written KSA-31/KSA-32, and its own amounts (BR-KSA-82 wants them 0). */
export interface WrittenPrepaymentAmounts {
  readonly taxableAmount?: string;
  readonly taxAmount?: string;
  readonly documentTypeCode?: string;
  /** BT-131, KSA-11, KSA-12 and BT-146 of the line itself. */
  readonly netAmount?: string;
  readonly vatAmount?: string;
  readonly amountWithVat?: string;
  readonly price?: string;
  /** The line's own allowance and charge amounts (BT-136, BT-141). */
  readonly adjustmentAmounts: readonly string[];
}

/** Whether a `cac:InvoiceLine` is a prepayment line. */
export function isPrepaymentLine(line: XmlElement): boolean {
  return elementAt(line, 'cac:DocumentReference') !== undefined;
}

function readAdjustments(parent: XmlElement | undefined, charge: boolean): XmlElement[] {
  return elementsAt(parent, 'cac:AllowanceCharge').filter(
    (element) => textAt(element, 'cbc:ChargeIndicator') === String(charge),
  );
}

/** Reads an item line and its written amounts. */
export function readInvoiceLine(line: XmlElement): { line: InvoiceLine; written: WrittenLineAmounts } {
  const category = readCategory(elementAt(line, 'cac:Item', 'cac:ClassifiedTaxCategory'));
  // A reason code is read as written: the validator checks it against its table (BR-KSA-CL-06, BR-CL-19).
  const adjustment = (element: XmlElement): LineAdjustment =>
    defined({
      amount: textAt(element, 'cbc:Amount') ?? '',
      reasonCode: textAt(element, 'cbc:AllowanceChargeReasonCode'),
      reason: textAt(element, 'cbc:AllowanceChargeReason'),
    }) as LineAdjustment;
  const price = textAt(line, 'cac:Price', 'cbc:PriceAmount');
  const priceAllowance = readAdjustments(elementAt(line, 'cac:Price'), false)[0];
  const grossPrice =
    textAt(priceAllowance, 'cbc:BaseAmount') ??
    (priceAllowance && price !== undefined
      ? grossOf(price, textAt(priceAllowance, 'cbc:Amount'))
      : undefined);
  const allowances = readAdjustments(line, false).map(adjustment);
  const charges = readAdjustments(line, true).map(adjustment);
  return {
    line: defined({
      id: textAt(line, 'cbc:ID'),
      name: textAt(line, 'cac:Item', 'cbc:Name'),
      quantity: textAt(line, 'cbc:InvoicedQuantity'),
      unitCode: attributeAt(line, 'unitCode', 'cbc:InvoicedQuantity'),
      price,
      grossPrice,
      baseQuantity: textAt(line, 'cac:Price', 'cbc:BaseQuantity'),
      allowances: allowances.length > 0 ? allowances : undefined,
      charges: charges.length > 0 ? charges : undefined,
      taxCategory: category?.taxCategory as TaxCategoryCode,
      taxRate: category?.taxRate,
    }) as InvoiceLine,
    written: {
      ...defined({
        netAmount: textAt(line, 'cbc:LineExtensionAmount'),
        vatAmount: textAt(line, 'cac:TaxTotal', 'cbc:TaxAmount'),
        amountWithVat: textAt(line, 'cac:TaxTotal', 'cbc:RoundingAmount'),
        categoryId: textAt(line, 'cac:Item', 'cac:ClassifiedTaxCategory', 'cbc:ID'),
      }),
      priceCharges: readAdjustments(elementAt(line, 'cac:Price'), true).map(
        (element) => textAt(element, 'cbc:Amount') ?? '',
      ),
      priceAllowances: readAdjustments(elementAt(line, 'cac:Price'), false).map((element) =>
        defined({ amount: textAt(element, 'cbc:Amount'), baseAmount: textAt(element, 'cbc:BaseAmount') }),
      ),
    },
  };
}

/** BT-148 when only the discount is written: net price + discount (BR-KSA-EN16931-07). */
function grossOf(price: string, discount: string | undefined): string | undefined {
  if (discount === undefined) return undefined;
  try {
    return formatDecimal(addDecimals(decimal(price), decimal(discount)));
  } catch {
    return undefined; // a malformed amount: the validator reports it on the price
  }
}

/** Reads a prepayment line, its category's exemption, and its written amounts. */
export function readPrepaymentLine(line: XmlElement): {
  prepayment: Prepayment;
  exemption?: TaxExemption;
  written: WrittenPrepaymentAmounts;
} {
  const reference = elementAt(line, 'cac:DocumentReference');
  const subtotal = elementAt(line, 'cac:TaxTotal', 'cac:TaxSubtotal');
  const category = readCategory(elementAt(subtotal, 'cac:TaxCategory'));
  const prepayment = defined({
    lineId: textAt(line, 'cbc:ID'),
    name: textAt(line, 'cac:Item', 'cbc:Name'),
    invoiceId: textAt(reference, 'cbc:ID'),
    invoiceUuid: textAt(reference, 'cbc:UUID'),
    issueDate: textAt(reference, 'cbc:IssueDate'),
    issueTime: textAt(reference, 'cbc:IssueTime'),
    taxableAmount: textAt(subtotal, 'cbc:TaxableAmount'),
    taxCategory: category?.taxCategory as TaxCategoryCode,
    taxRate: category?.taxRate,
    unitCode: attributeAt(line, 'unitCode', 'cbc:InvoicedQuantity'),
  }) as Prepayment;
  const exemption =
    category?.taxCategory !== undefined && category.reason !== undefined
      ? (defined({
          taxCategory: category.taxCategory,
          reasonCode: category.reasonCode,
          reason: category.reason,
        }) as TaxExemption)
      : undefined;
  return {
    prepayment,
    ...(exemption ? { exemption } : {}),
    written: {
      ...defined({
        taxableAmount: textAt(subtotal, 'cbc:TaxableAmount'),
        taxAmount: textAt(subtotal, 'cbc:TaxAmount'),
        documentTypeCode: textAt(reference, 'cbc:DocumentTypeCode'),
        netAmount: textAt(line, 'cbc:LineExtensionAmount'),
        vatAmount: textAt(line, 'cac:TaxTotal', 'cbc:TaxAmount'),
        amountWithVat: textAt(line, 'cac:TaxTotal', 'cbc:RoundingAmount'),
        price: textAt(line, 'cac:Price', 'cbc:PriceAmount'),
      }),
      adjustmentAmounts: elementsAt(line, 'cac:AllowanceCharge').map(
        (element) => textAt(element, 'cbc:Amount') ?? '',
      ),
    },
  };
}
