/**
 * Document-level allowances and charges (`cac:AllowanceCharge`, BG-20/BG-21): indicator,
 * reason code, reason, amount and VAT category, written in the UBL sequence and read back.
 */
import { ALLOWANCE_REASONS } from '../model/allowance-reasons.ts';
import { CHARGE_REASONS } from '../model/charge-reasons.ts';
import type { DocumentAdjustment } from '../model/invoice.ts';
import type { TaxCategoryCode } from '../model/tax-categories.ts';
import { decimal, formatDecimal } from '../money/decimal.ts';
import type { XmlElement } from '../xml/dom-types.ts';
import { defined } from './defined.ts';
import type { Money } from './money.ts';
import { buildTaxCategory, readCategory } from './tax-category.ts';
import { elementAt, elementsAt, textAt } from './ubl-paths.ts';
import { el, type XmlNodeSpec } from './xml-writer.ts';

/**
 * The reason text written when the model has none (BR-KSA-21/22 want one on every charge): the
 * code's English name, else "Charge" or "Discount".
 *
 * @throws never.
 * @example
 * ```ts
 * defaultReason('FC', true); // 'Freight service'
 * defaultReason(undefined, false); // 'Discount'
 * ```
 */
export function defaultReason(reasonCode: string | undefined, charge: boolean): string {
  const table: Readonly<Record<string, { readonly en: string }>> = charge
    ? CHARGE_REASONS
    : ALLOWANCE_REASONS;
  if (reasonCode !== undefined && Object.hasOwn(table, reasonCode)) return table[reasonCode]!.en;
  return charge ? 'Charge' : 'Discount';
}

/**
 * One `cac:AllowanceCharge`, on the document or on a line: indicator, reason code (BT-98/BT-105
 * on the document, BT-140/BT-145 on a line; before the reason in UBL's sequence, and BR-KSA-19 /
 * BR-KSA-20 want it on every charge), reason (BR-KSA-F-06-C33/C35: 1…1000 characters, a default
 * from the code tables when none is given), amount, and the document-level tax category.
 */
export function buildAllowanceCharge(
  adjustment: Pick<DocumentAdjustment, 'reasonCode' | 'reason' | 'amount'>,
  charge: boolean,
  money: Money,
  taxCategory?: XmlNodeSpec,
): XmlNodeSpec {
  return el('cac:AllowanceCharge', {}, [
    el('cbc:ChargeIndicator', {}, String(charge)),
    adjustment.reasonCode !== undefined && el('cbc:AllowanceChargeReasonCode', {}, adjustment.reasonCode),
    el('cbc:AllowanceChargeReason', {}, adjustment.reason ?? defaultReason(adjustment.reasonCode, charge)),
    money('cbc:Amount', adjustment.amount),
    taxCategory,
  ]);
}

/** One document-level `cac:AllowanceCharge`, with its tax category. */
export function buildDocumentAdjustment(
  adjustment: DocumentAdjustment,
  charge: boolean,
  money: Money,
): XmlNodeSpec {
  return buildAllowanceCharge(
    adjustment,
    charge,
    money,
    buildTaxCategory({
      taxCategory: adjustment.taxCategory,
      taxRate: formatDecimal(decimal(adjustment.taxRate), 2),
    }),
  );
}

/** The document's allowances (`charge` false) or charges (`charge` true). */
export function readDocumentAdjustments(root: XmlElement, charge: boolean): DocumentAdjustment[] {
  return elementsAt(root, 'cac:AllowanceCharge')
    .filter((element) => textAt(element, 'cbc:ChargeIndicator') === String(charge))
    .map((element) => {
      const category = readCategory(elementAt(element, 'cac:TaxCategory'));
      return defined({
        amount: textAt(element, 'cbc:Amount'),
        reasonCode: textAt(element, 'cbc:AllowanceChargeReasonCode'),
        reason: textAt(element, 'cbc:AllowanceChargeReason'),
        taxCategory: category?.taxCategory as TaxCategoryCode,
        taxRate: category?.taxRate,
      }) as DocumentAdjustment;
    });
}
