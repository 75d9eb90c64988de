/**
 * Document-level allowances and charges (`cac:AllowanceCharge`, BG-20/BG-21): indicator,
 * reason, amount and VAT category, written in the UBL sequence and read back.
 */
import type { DocumentAdjustment } from '../model/invoice.ts';
import type { TaxCategoryCode } from '../model/tax-categories.ts';
import { decimal, formatDecimal } from '../money/decimal.ts';
import type { XmlElement } from '../xml/dom-types.ts';
import type { Money } from './money.ts';
import { all, at, defined, textAt } from './read-helpers.ts';
import { buildTaxCategory, readCategory } from './tax-category.ts';
import { el, type XmlNodeSpec } from './xml-writer.ts';

/** One document-level `cac:AllowanceCharge`. */
export function buildDocumentAdjustment(
  adjustment: DocumentAdjustment,
  charge: boolean,
  money: Money,
): XmlNodeSpec {
  return el('cac:AllowanceCharge', {}, [
    el('cbc:ChargeIndicator', {}, String(charge)),
    // BR-KSA-F-06-C33/C35: a reason of 1…1000 characters.
    el('cbc:AllowanceChargeReason', {}, adjustment.reason ?? (charge ? 'Charge' : 'Discount')),
    money('cbc:Amount', adjustment.amount),
    buildTaxCategory({
      taxCategory: adjustment.taxCategory,
      taxRate: formatDecimal(decimal(adjustment.taxRate), 2),
    }),
  ]);
}

/** The document's allowances (`charge` false) or charges (`charge` true). */
export function readDocumentAdjustments(root: XmlElement, charge: boolean): DocumentAdjustment[] {
  return all(root, 'cac:AllowanceCharge')
    .filter((element) => textAt(element, 'cbc:ChargeIndicator') === String(charge))
    .map((element) => {
      const category = readCategory(at(element, 'cac:TaxCategory'));
      return defined({
        amount: textAt(element, 'cbc:Amount'),
        reason: textAt(element, 'cbc:AllowanceChargeReason'),
        taxCategory: category?.taxCategory as TaxCategoryCode,
        taxRate: category?.taxRate,
      }) as DocumentAdjustment;
    });
}
