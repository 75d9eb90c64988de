/**
 * BR-KSA-F-04 on the amounts the tax engine computes and the writer would write: a line allowance
 * larger than its line, or a document allowance larger than its category's lines, gives a
 * negative line VAT, breakdown or total, which ZATCA refuses. ZATCA's rule (error, R3.4.8 and
 * R4.0.0, 20210819_ZATCA_E-invoice_Validation_Rules.xsl) is `string-length(.) > 0 and not((.) >= 0)`
 * in the context of, among the amounts the model does not give: the breakdown's
 * `cbc:TaxableAmount` (category other than O) and `cbc:TaxAmount`, the document `cbc:TaxAmount`s,
 * the line `cac:TaxTotal/cbc:TaxAmount` (KSA-11), and `LegalMonetaryTotal`'s
 * `LineExtensionAmount`, `TaxExclusiveAmount`, `TaxInclusiveAmount`, `AllowanceTotalAmount`,
 * `ChargeTotalAmount` and `PrepaidAmount`. Not the line net amount (BT-131), KSA-12, the rounding
 * or the payable amount. Paths are those validateInvoice gives written amounts of XML input.
 */
import type { InvoiceModelTotals } from '../calc/invoice-totals.ts';
import type { Decimal } from '../money/decimal.ts';
import type { Report } from './report.ts';

/** The document totals ZATCA's BR-KSA-F-04 context names, by the path we report them at. */
const TOTALS = [
  'lineExtensionAmount',
  'taxExclusiveAmount',
  'taxInclusiveAmount',
  'allowanceTotalAmount',
  'chargeTotalAmount',
  'prepaidAmount',
  'taxAmount',
  'taxAmountInSar',
] as const;

/**
 * Reports BR-KSA-F-04 for every negative amount among those ZATCA checks.
 *
 * @example
 * ```ts
 * // 1 × 10.00 with a 15.00 line allowance: the line VAT is −0.75.
 * checkComputedAmounts(computeInvoiceTotals(invoice), report);
 * // BR-KSA-F-04 at lines[0].vatAmount, totals.breakdown[0].taxableAmount, …
 * ```
 */
export function checkComputedAmounts(totals: InvoiceModelTotals, report: Report): void {
  const negative = (value: Decimal) => value.coefficient < 0n;
  totals.lines.forEach((line, index) => {
    if (negative(line.vatAmount)) report('BR-KSA-F-04', `lines[${index}].vatAmount`);
  });
  totals.breakdown.forEach((entry, index) => {
    const path = `totals.breakdown[${index}]`;
    if (entry.taxCategory !== 'O' && negative(entry.taxableAmount))
      report('BR-KSA-F-04', `${path}.taxableAmount`);
    if (negative(entry.taxAmount)) report('BR-KSA-F-04', `${path}.taxAmount`);
  });
  for (const name of TOTALS) {
    if (negative(totals[name])) report('BR-KSA-F-04', `totals.${name}`);
  }
}
