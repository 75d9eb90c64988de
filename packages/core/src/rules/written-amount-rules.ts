/**
 * Rules on what a document given as XML states, beyond its model: the written totals against
 * each other and against the lines (BR-CO-10…17, BR-S/Z/E/O-08 and -09, BR-KSA-50…53,
 * BR-KSA-79/80, BR-KSA-EN16931-11), the two tax totals and their currencies (BR-05, BR-KSA-68,
 * BR-KSA-EN16931-02/08/09, BR-KSA-CL-02), the business process, prepayment document types and
 * the zero amounts of prepayment lines (BR-KSA-74, BR-KSA-82), price-level charges and
 * allowances (BR-KSA-EN16931-06/07), and the sign of written amounts (BR-KSA-F-04). Sums compare exactly after rounding to two decimals, as the EN 16931
 * schematron does; the VAT of a category may be off by less than 1 (BR-S-09) and a line's VAT
 * by 0.01 (BR-KSA-50), ZATCA's tolerances.
 */
import { roundAmount } from '../calc/totals.ts';
import type { TaxCategoryCode } from '../model/tax-categories.ts';
import {
  addDecimals,
  compareDecimals,
  type Decimal,
  decimal,
  divideDecimals,
  multiplyDecimals,
  subtractDecimals,
  sumDecimals,
} from '../money/decimal.ts';
import type { ReadInvoice } from '../ubl/read-invoice.ts';
import { checkCategory } from './category-rules.ts';
import { standardByName } from './ksa-name.ts';
import { amountOf, type Report, recordOf } from './report.ts';
import type { RuleSetProfile } from './rule-sets.ts';
import type { RuleId } from './rule-table.ts';

const ZERO = decimal('0');
const HUNDRED = decimal('100');
const CENT = decimal('0.01');
const ONE = decimal('1');

const abs = (value: Decimal): Decimal =>
  value.coefficient < 0n ? { ...value, coefficient: -value.coefficient } : value;
const same = (a: Decimal, b: Decimal) => compareDecimals(roundAmount(a), roundAmount(b)) === 0;
const within = (a: Decimal, b: Decimal, tolerance: Decimal) =>
  compareDecimals(abs(subtractDecimals(a, b)), tolerance) <= 0;
const vatOf = (amount: Decimal, rate: Decimal) =>
  roundAmount(divideDecimals(multiplyDecimals(amount, rate), HUNDRED, 10));

/** Checks the written amounts and syntax of a document read from XML, under a rule set's profile. */
export function checkWrittenDocument(document: ReadInvoice, report: Report, profile: RuleSetProfile): void {
  const { invoice, written } = document;
  const { totals } = written;
  const currency = invoice.currency ?? '';
  const standard = standardByName(invoice.transaction); // BR-KSA-52/53's condition (ksa-name.ts)
  const money = (value: string | undefined, path: string) =>
    amountOf(value, path, report, { signed: true, money: true });

  // BR-05 (CEN-EN16931-UBL.xsl, context `/ubl:Invoice`): `not(exists(cbc:DocumentCurrencyCode) and
  // (cbc:DocumentCurrencyCode) != '')`. An empty element is the model's '' (header-rules.ts).
  if (invoice.currency === undefined) report('BR-05', 'currency');
  if (written.profileId !== 'reporting:1.0') report('BR-KSA-EN16931-01', 'profileId');
  if (written.taxCurrencyCode === undefined || written.taxCurrencyCode === '')
    report('BR-KSA-68', 'taxCurrency');
  else if (written.taxCurrencyCode.toUpperCase() !== 'SAR') report('BR-KSA-EN16931-02', 'taxCurrency');
  if (totals.totalsWithBreakdown !== 1) report('BR-KSA-EN16931-08', 'totals.taxAmount');
  // BR-KSA-EN16931-09 (warning; 20210819_ZATCA_E-invoice_Validation_Rules.xsl R3.4.8 and R4.0.0,
  // context `cbc:TaxCurrencyCode`): `count(../cac:TaxTotal[not(cac:TaxSubtotal)]) = 1` — checked
  // only where the document has a tax currency code (its absence is BR-KSA-68).
  if (written.taxCurrencyCode !== undefined && totals.totalsWithoutBreakdown !== 1)
    report('BR-KSA-EN16931-09', 'totals.taxAmountInSar');
  if (totals.breakdown.length === 0) report('BR-CO-18', 'totals.breakdown');
  for (const { element, currency: used } of written.currencyIds) {
    if (element === 'BT-111') {
      if (used !== 'SAR') report('BR-KSA-EN16931-02', 'totals.taxAmountInSar');
    } else if (used !== currency) {
      report(
        'BR-KSA-CL-02',
        `currencyID of ${element}`,
        `${RULESMSG} (${element} has ${used}, the invoice ${currency}).`,
      );
    }
  }

  // Lines: KSA-11 and KSA-12 as written.
  const lineNets: Decimal[] = [];
  const categoryNets = new Map<string, Decimal>();
  const addTo = (category: string | undefined, amount: Decimal) =>
    category !== undefined &&
    categoryNets.set(category, addDecimals(categoryNets.get(category) ?? ZERO, amount));
  written.lines.forEach((line, index) => {
    const path = `lines[${index}]`;
    const model = recordOf(invoice.lines[index]);
    const net = money(line.netAmount, `${path}.netAmount`);
    const vat = money(line.vatAmount, `${path}.vatAmount`);
    const withVat = money(line.amountWithVat, `${path}.amountWithVat`);
    // BR-KSA-52 / BR-KSA-53 (errors; 20210819_ZATCA_E-invoice_Validation_Rules.xsl R3.4.8 and
    // R4.0.0, context `cbc:InvoiceTypeCode[substring(@name, 1, 2) = '01'] | …'02']`): under
    // `boolean(//*[matches(@name, '01\d{5}')])` — standard documents only — every line has a
    // non-empty `cac:TaxTotal/cbc:TaxAmount` (KSA-11) and `cbc:RoundingAmount` (KSA-12).
    const absent = (text: string | undefined) => text === undefined || text === '';
    if (standard && absent(line.vatAmount)) report('BR-KSA-52', `${path}.vatAmount`);
    if (standard && absent(line.amountWithVat)) report('BR-KSA-53', `${path}.amountWithVat`);
    // BR-KSA-EN16931-06 (R3.4.8 only; context `cac:InvoiceLine/cac:Price/cac:AllowanceCharge`):
    // `(cbc:ChargeIndicator) = true()` fails.
    if (!profile.absent.has('BR-KSA-EN16931-06') && line.priceCharges.length > 0)
      report('BR-KSA-EN16931-06', `${path}.price`);
    // BR-KSA-EN16931-07 (error; context `cac:InvoiceLine/cac:Price/cac:AllowanceCharge/cbc:BaseAmount`):
    // `not(xs:decimal(../../cbc:PriceAmount) = xs:decimal(.) - xs:decimal(../cbc:Amount))` — a
    // written gross price must be the net price plus the discount. A model cannot break it (its
    // writer derives the discount), a document from another EGS can.
    const writtenPrice = safeDecimal(String(model?.price ?? ''));
    for (const allowance of line.priceAllowances) {
      if (allowance.baseAmount === undefined) continue;
      const base = safeDecimal(allowance.baseAmount);
      const discount = safeDecimal(allowance.amount ?? '');
      if (
        !base ||
        !discount ||
        !writtenPrice ||
        compareDecimals(writtenPrice, subtractDecimals(base, discount)) !== 0
      ) {
        report('BR-KSA-EN16931-07', `${path}.grossPrice`);
      }
    }
    // BR-KSA-F-04: `ubl:Invoice/cac:InvoiceLine/cac:TaxTotal/cbc:TaxAmount` is not negative.
    if (vat && vat.coefficient < 0n) report('BR-KSA-F-04', `${path}.vatAmount`);
    if (!net) return;
    lineNets.push(net);
    addTo(line.categoryId, net);
    if (vat && withVat && !same(withVat, addDecimals(net, vat))) report('BR-KSA-51', `${path}.amountWithVat`);
    const rate = typeof model?.taxRate === 'string' ? safeDecimal(model.taxRate) : undefined;
    if (vat && rate && !within(vat, vatOf(net, rate), CENT)) report('BR-KSA-50', `${path}.vatAmount`);
    const expected = expectedNet(model);
    if (expected && !same(net, expected)) report('BR-KSA-EN16931-11', `${path}.netAmount`);
  });
  // Prepayment lines add zero to their category and to the line total (BR-KSA-82).
  const prepaidParts: Decimal[] = [];
  const prepaidWritten = safeDecimal(totals.prepaidAmount ?? '');
  written.prepayments.forEach((line, index) => {
    const path = `prepayments[${index}]`;
    if (line.documentTypeCode !== '386') report('BR-KSA-74', `${path}.documentTypeCode`);
    // BR-KSA-82 (error; context `/ubl:Invoice[cac:LegalMonetaryTotal/cbc:PrepaidAmount > 0]/cac:InvoiceLine`,
    // for a `cac:DocumentReference` of type 386): `not((../cbc:LineExtensionAmount)=0.00) or
    // not((../cac:TaxTotal/cbc:TaxAmount)=0.00) or not((../cac:TaxTotal/cbc:RoundingAmount)=0) or
    // not((../cac:Price/cbc:PriceAmount)=0.00)`, and, where the line has `cac:AllowanceCharge`,
    // `not((../cac:AllowanceCharge/cbc:Amount)=0.00)` — an absent amount is not 0 either.
    else if (prepaidWritten && prepaidWritten.coefficient > 0n) {
      const zero = (text: string | undefined) => safeDecimal(text ?? '')?.coefficient === 0n;
      const own: [string | undefined, string][] = [
        [line.netAmount, 'netAmount'],
        [line.vatAmount, 'vatAmount'],
        [line.amountWithVat, 'amountWithVat'],
        [line.price, 'price'],
      ];
      for (const [text, name] of own) if (!zero(text)) report('BR-KSA-82', `${path}.${name}`);
      if (line.adjustmentAmounts.length > 0 && !line.adjustmentAmounts.some(zero))
        report('BR-KSA-82', `${path}.adjustments`);
    }
    const taxable = money(line.taxableAmount, `${path}.taxableAmount`);
    const tax = money(line.taxAmount, `${path}.taxAmount`);
    // BR-KSA-F-04: `ubl:Invoice/cac:InvoiceLine/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount`.
    if (tax && tax.coefficient < 0n) report('BR-KSA-F-04', `${path}.taxAmount`);
    const rate = safeDecimal(String(recordOf(invoice.prepayments?.[index])?.taxRate ?? ''));
    if (taxable && tax && rate && !same(tax, vatOf(taxable, rate))) report('BR-KSA-79', `${path}.taxAmount`);
    if (taxable && tax) prepaidParts.push(addDecimals(taxable, tax));
  });

  // Document-level allowances and charges per category.
  const adjustmentSum = (
    list: readonly { readonly amount: unknown; readonly taxCategory?: string }[] | undefined,
    sign: 1 | -1,
  ) =>
    sumDecimals(
      (list ?? []).map((adjustment) => {
        const amount = safeDecimal(String(adjustment.amount)) ?? ZERO;
        addTo(adjustment.taxCategory, sign === 1 ? amount : subtractDecimals(ZERO, amount));
        return amount;
      }),
    );
  const allowances = adjustmentSum(invoice.allowances, -1);
  const charges = adjustmentSum(invoice.charges, 1);

  const lineExtension = money(totals.lineExtensionAmount, 'totals.lineExtensionAmount');
  const allowanceTotal = money(totals.allowanceTotalAmount, 'totals.allowanceTotalAmount');
  const chargeTotal = money(totals.chargeTotalAmount, 'totals.chargeTotalAmount');
  const taxExclusive = money(totals.taxExclusiveAmount, 'totals.taxExclusiveAmount');
  const taxAmount = money(totals.taxAmount, 'totals.taxAmount');
  const taxInclusive = money(totals.taxInclusiveAmount, 'totals.taxInclusiveAmount');
  const prepaid = money(totals.prepaidAmount, 'totals.prepaidAmount');
  const rounding = money(totals.payableRoundingAmount, 'totals.payableRoundingAmount');
  const payable = money(totals.payableAmount, 'totals.payableAmount');
  const taxAmountInSar = money(totals.taxAmountInTaxCurrency, 'totals.taxAmountInSar');
  // BR-KSA-F-04 (error; 20210819_ZATCA_E-invoice_Validation_Rules.xsl): `string-length(.) > 0 and
  // not((.) >= 0)` on `LegalMonetaryTotal`'s LineExtension, TaxExclusive, TaxInclusive,
  // AllowanceTotal, ChargeTotal and Prepaid amounts and on each `cac:TaxTotal/cbc:TaxAmount` —
  // not on the payable or rounding amounts.
  const signed: [Decimal | undefined, string][] = [
    [lineExtension, 'totals.lineExtensionAmount'],
    [taxExclusive, 'totals.taxExclusiveAmount'],
    [taxInclusive, 'totals.taxInclusiveAmount'],
    [allowanceTotal, 'totals.allowanceTotalAmount'],
    [chargeTotal, 'totals.chargeTotalAmount'],
    [prepaid, 'totals.prepaidAmount'],
    [taxAmount, 'totals.taxAmount'],
    [taxAmountInSar, 'totals.taxAmountInSar'],
  ];
  for (const [amount, path] of signed) if (amount && amount.coefficient < 0n) report('BR-KSA-F-04', path);

  const check = (rule: RuleId, path: string, actual: Decimal | undefined, expected: Decimal | undefined) => {
    if (actual && expected && !same(actual, expected)) report(rule, path);
  };
  check('BR-CO-10', 'totals.lineExtensionAmount', lineExtension, sumDecimals(lineNets));
  check(
    'BR-CO-11',
    'totals.allowanceTotalAmount',
    allowanceTotal ?? (invoice.allowances ? ZERO : undefined),
    allowances,
  );
  check('BR-CO-12', 'totals.chargeTotalAmount', chargeTotal ?? (invoice.charges ? ZERO : undefined), charges);
  if (lineExtension) {
    check(
      'BR-CO-13',
      'totals.taxExclusiveAmount',
      taxExclusive,
      addDecimals(subtractDecimals(lineExtension, allowanceTotal ?? ZERO), chargeTotal ?? ZERO),
    );
  }
  const breakdownTaxes: Decimal[] = [];
  const breakdownTaxable = new Map<string, Decimal>();
  totals.breakdown.forEach((entry, index) => {
    const path = `totals.breakdown[${index}]`;
    checkCategory('breakdown', entry.taxCategory, entry.taxRate, path, report);
    const taxable = money(entry.taxableAmount, `${path}.taxableAmount`);
    const tax = money(entry.taxAmount, `${path}.taxAmount`);
    // BR-KSA-F-04: the breakdown's TaxableAmount (category other than O) and TaxAmount.
    if (taxable && taxable.coefficient < 0n && entry.taxCategory?.trim() !== 'O')
      report('BR-KSA-F-04', `${path}.taxableAmount`);
    if (tax && tax.coefficient < 0n) report('BR-KSA-F-04', `${path}.taxAmount`);
    if (tax) breakdownTaxes.push(tax);
    if (taxable && entry.taxCategory !== undefined) {
      breakdownTaxable.set(
        entry.taxCategory,
        addDecimals(breakdownTaxable.get(entry.taxCategory) ?? ZERO, taxable),
      );
    }
    const rate = entry.taxRate !== undefined ? safeDecimal(entry.taxRate) : undefined;
    if (!taxable || !tax || !rate) return;
    if (entry.taxCategory === 'S') {
      if (!within(tax, vatOf(taxable, rate), subtractDecimals(ONE, CENT)))
        report('BR-S-09', `${path}.taxAmount`);
    } else if (entry.taxCategory !== undefined && tax.coefficient !== 0n) {
      const zeroRule = ZERO_TAX_RULE[entry.taxCategory as TaxCategoryCode];
      if (zeroRule) report(zeroRule, `${path}.taxAmount`);
    }
    if (!within(tax, vatOf(taxable, rate), CENT)) report('BR-CO-17', `${path}.taxAmount`);
  });
  const categoryUsed = (category: string) =>
    [...invoice.lines, ...(invoice.allowances ?? []), ...(invoice.charges ?? [])].some(
      (item) => recordOf(item)?.taxCategory === category,
    );
  for (const [category, taxable] of breakdownTaxable) {
    const rule = TAXABLE_RULE[category as TaxCategoryCode];
    // As EN 16931 words BR-x-08: a line or adjustment of the category must exist (under the VAT
    // scheme), and the breakdown's taxable amount must match the sum by category id.
    if (rule && (!categoryUsed(category) || !same(taxable, categoryNets.get(category) ?? ZERO))) {
      report(
        rule,
        `totals.breakdown[${totals.breakdown.findIndex((entry) => entry.taxCategory === category)}].taxableAmount`,
      );
    }
  }
  check('BR-CO-14', 'totals.taxAmount', taxAmount, sumDecimals(breakdownTaxes));
  // BR-CO-15 (error; CEN-EN16931-UBL.xsl, context `/ubl:Invoice`): `every $Currency in
  // cbc:DocumentCurrencyCode satisfies (count(cac:TaxTotal/xs:decimal(cbc:TaxAmount[@currencyID=$Currency]))
  // >= 1) and (cac:LegalMonetaryTotal/xs:decimal(cbc:TaxInclusiveAmount) = round((…TaxExclusiveAmount +
  // sum(cac:TaxTotal/cac:TaxSubtotal/xs:decimal(cbc:TaxAmount))) * 10 * 10) div 100)` — the VAT of
  // the breakdown, not the document's TaxAmount: a document without a breakdown adds 0.
  if (invoice.currency !== undefined) {
    const subtotalTaxes = totals.subtotalTaxAmounts.map(safeDecimal);
    const inCurrency = totals.taxAmountCurrencies.includes(invoice.currency);
    if (
      !inCurrency ||
      !taxInclusive ||
      !taxExclusive ||
      subtotalTaxes.some((tax) => tax === undefined) ||
      !same(taxInclusive, addDecimals(taxExclusive, sumDecimals(subtotalTaxes as Decimal[])))
    ) {
      report('BR-CO-15', 'totals.taxInclusiveAmount');
    }
  }
  if (prepaidParts.length > 0)
    check('BR-KSA-80', 'totals.prepaidAmount', prepaid ?? ZERO, sumDecimals(prepaidParts));
  if (taxInclusive) {
    check(
      'BR-CO-16',
      'totals.payableAmount',
      payable,
      addDecimals(subtractDecimals(taxInclusive, prepaid ?? ZERO), rounding ?? ZERO),
    );
  }
}

const RULESMSG = 'Every currencyID must be the invoice currency, except the VAT total in SAR';

const TAXABLE_RULE: Partial<Record<TaxCategoryCode, RuleId>> = {
  S: 'BR-S-08',
  Z: 'BR-Z-08',
  E: 'BR-E-08',
  O: 'BR-O-08',
};
const ZERO_TAX_RULE: Partial<Record<TaxCategoryCode, RuleId>> = { Z: 'BR-Z-09', E: 'BR-E-09', O: 'BR-O-09' };

function safeDecimal(text: string): Decimal | undefined {
  try {
    return decimal(text);
  } catch {
    return undefined;
  }
}

/** BT-131 from the line's written quantity, price, base quantity, allowances and charges. */
function expectedNet(line: Record<string, unknown> | undefined): Decimal | undefined {
  if (!line) return undefined;
  const quantity = safeDecimal(String(line.quantity));
  const price = safeDecimal(String(line.price));
  if (!quantity || !price) return undefined;
  const base = line.baseQuantity !== undefined ? safeDecimal(String(line.baseQuantity)) : ONE;
  if (!base || base.coefficient === 0n) return undefined;
  const amounts = (list: unknown) =>
    sumDecimals(
      (Array.isArray(list) ? list : []).map((item) => safeDecimal(String(recordOf(item)?.amount)) ?? ZERO),
    );
  return addDecimals(
    subtractDecimals(divideDecimals(multiplyDecimals(quantity, price), base, 10), amounts(line.allowances)),
    amounts(line.charges),
  );
}
