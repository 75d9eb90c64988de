/**
 * Rules on invoice lines (BR-21/22/25/26, BR-41/43, BR-KSA-EN16931-07/12, line id and item name
 * limits), document allowances and charges (BR-31/32/36/37) and prepayments (BR-KSA-73, F-01,
 * F-05): required fields, amount syntax and signs, and each place's VAT category rules.
 */
import type { Invoice } from '../model/invoice.ts';
import { compareDecimals } from '../money/decimal.ts';
import { checkCategory } from './category-rules.ts';
import { amountOf, filled, isZatcaDate, itemsOf, type Report, recordOf, TIME, textOf } from './report.ts';
import type { RuleSetProfile } from './rule-sets.ts';

/** Checks every item line. */
export function checkLines(invoice: Invoice, report: Report, profile: RuleSetProfile): void {
  itemsOf(invoice.lines).forEach((value, index) => {
    const path = `lines[${index}]`;
    const line = recordOf(value);
    if (!line) return; // its type is reported by the shape check
    const id = textOf(line.id);
    if (!filled(id)) report('BR-21', `${path}.id`);
    // The F-06 length limits apply to any written value, an empty one too (as ZATCA's rules test them).
    if (id !== undefined && (id.length < 1 || id.length > 6)) report('BR-KSA-F-06-C17', `${path}.id`);
    const name = textOf(line.name);
    if (!filled(name)) report('BR-25', `${path}.name`);
    // BR-KSA-F-06-C19 (warning; CEN-EN16931-UBL.xsl, context `cac:InvoiceLine`): 3 to 1000
    // characters in R3.4.8, 1 to 1000 in R4.0.0.
    if (name !== undefined && (name.length < profile.itemNameMinLength || name.length > 1000))
      report('BR-KSA-F-06-C19', `${path}.name`);

    // BR-22 (error; CEN-EN16931-UBL.xsl R3.4.8 and R4.0.0, context `cac:InvoiceLine`):
    // `not(exists(cbc:InvoicedQuantity)) or cbc:InvoicedQuantity/text() = '0'` — a quantity
    // written as "0" breaks it as a missing one does.
    if (line.quantity === undefined || line.quantity === '0') report('BR-22', `${path}.quantity`);
    else amountOf(line.quantity, `${path}.quantity`, report);
    if (line.price === undefined) report('BR-26', `${path}.price`);
    const price = amountOf(line.price, `${path}.price`, report);
    const gross = amountOf(line.grossPrice, `${path}.grossPrice`, report, { money: true });
    // BR-KSA-EN16931-07: net = gross − discount, so the gross price cannot be below the net.
    if (price && gross && compareDecimals(gross, price) < 0)
      report('BR-KSA-EN16931-07', `${path}.grossPrice`);
    const base = amountOf(line.baseQuantity, `${path}.baseQuantity`, report, { signed: true });
    if (base && base.coefficient <= 0n) report('BR-KSA-EN16931-12', `${path}.baseQuantity`);

    itemsOf(line.allowances).forEach((adjustment, at) => {
      const amount = recordOf(adjustment)?.amount;
      if (amount === undefined) report('BR-41', `${path}.allowances[${at}].amount`);
      else amountOf(amount, `${path}.allowances[${at}].amount`, report, { money: true });
    });
    itemsOf(line.charges).forEach((adjustment, at) => {
      const amount = recordOf(adjustment)?.amount;
      if (amount === undefined) report('BR-43', `${path}.charges[${at}].amount`);
      else amountOf(amount, `${path}.charges[${at}].amount`, report, { money: true });
    });
    checkCategory('line', line.taxCategory, line.taxRate, path, report);
  });
}

/** Checks document-level allowances and charges. */
export function checkDocumentAdjustments(invoice: Invoice, report: Report): void {
  for (const [name, place, missingAmount] of [
    ['allowances', 'allowance', 'BR-31'],
    ['charges', 'charge', 'BR-36'],
  ] as const) {
    itemsOf(invoice[name]).forEach((value, index) => {
      const path = `${name}[${index}]`;
      const adjustment = recordOf(value);
      if (adjustment?.amount === undefined) report(missingAmount, `${path}.amount`);
      else amountOf(adjustment.amount, `${path}.amount`, report, { money: true });
      checkCategory(place, adjustment?.taxCategory, adjustment?.taxRate, path, report);
    });
  }
}

/** Checks the prepayments this invoice settles. */
export function checkPrepayments(invoice: Invoice, report: Report): void {
  itemsOf(invoice.prepayments).forEach((value, index) => {
    const path = `prepayments[${index}]`;
    const prepayment = recordOf(value) ?? {};
    // BR-KSA-73: the prepayment invoice is identified by number, issue date and time.
    for (const field of ['lineId', 'name', 'invoiceId', 'issueDate', 'issueTime'] as const) {
      if (!filled(prepayment[field])) report('BR-KSA-73', `${path}.${field}`);
    }
    const issueDate = textOf(prepayment.issueDate);
    if (filled(issueDate) && !isZatcaDate(issueDate!)) report('BR-KSA-F-01', `${path}.issueDate`);
    const issueTime = textOf(prepayment.issueTime);
    if (filled(issueTime) && !TIME.test(issueTime!)) report('BR-KSA-F-05', `${path}.issueTime`);
    if (prepayment.taxableAmount === undefined) report('BR-KSA-73', `${path}.taxableAmount`);
    else amountOf(prepayment.taxableAmount, `${path}.taxableAmount`, report, { money: true });
    checkCategory('prepayment', prepayment.taxCategory, prepayment.taxRate, path, report);
  });
  amountOf(invoice.payableRoundingAmount, 'payableRoundingAmount', report, { signed: true, money: true });
  amountOf(invoice.exchangeRate, 'exchangeRate', report);
  amountOf(invoice.taxAmountInSar, 'taxAmountInSar', report, { money: true });
}
