/**
 * VAT category aggregates: `cac:TaxCategory` (VAT breakdown, document allowances and charges,
 * prepayments) and `cac:ClassifiedTaxCategory` (lines). A category counts only under the VAT
 * tax scheme (`cac:TaxScheme/cbc:ID = VAT`, as EN 16931's BR-CO-04 reads it), so the reader
 * reports a category without that scheme as absent.
 */
import type { ExemptionReasonCode, TaxCategoryCode } from '../model/tax-categories.ts';
import type { XmlElement } from '../xml/dom-types.ts';
import { textAt, valueAt } from './ubl-paths.ts';
import { el, type XmlNodeSpec } from './xml-writer.ts';

const CATEGORY_SCHEME = { schemeID: 'UN/ECE 5305', schemeAgencyID: '6' };
const TAX_SCHEME_SCHEME = { schemeID: 'UN/ECE 5153', schemeAgencyID: '6' };

/** What a category element says. */
export interface CategoryFacts {
  readonly taxCategory: TaxCategoryCode;
  /** BT-119 / BT-152 as written (`15.00`). */
  readonly taxRate: string;
  readonly reasonCode?: ExemptionReasonCode;
  readonly reason?: string;
}

/** `cac:TaxCategory` with the UN/ECE scheme ids (breakdown, allowances, charges, prepayments). */
export function buildTaxCategory(facts: CategoryFacts): XmlNodeSpec {
  return el('cac:TaxCategory', {}, [
    el('cbc:ID', CATEGORY_SCHEME, facts.taxCategory),
    el('cbc:Percent', {}, facts.taxRate),
    facts.reasonCode !== undefined && el('cbc:TaxExemptionReasonCode', {}, facts.reasonCode),
    facts.reason !== undefined && el('cbc:TaxExemptionReason', {}, facts.reason),
    el('cac:TaxScheme', {}, [el('cbc:ID', TAX_SCHEME_SCHEME, 'VAT')]),
  ]);
}

/** `cac:ClassifiedTaxCategory` of a line's item. */
export function buildClassifiedTaxCategory(taxCategory: TaxCategoryCode, taxRate: string): XmlNodeSpec {
  return el('cac:ClassifiedTaxCategory', {}, [
    el('cbc:ID', {}, taxCategory),
    el('cbc:Percent', {}, taxRate),
    el('cac:TaxScheme', {}, [el('cbc:ID', {}, 'VAT')]),
  ]);
}

/** Reads a category element; `undefined` without a VAT-scheme category id (BR-CO-04). */
export function readCategory(element: XmlElement | undefined): Partial<CategoryFacts> | undefined {
  if (!element || textAt(element, 'cac:TaxScheme', 'cbc:ID')?.toUpperCase() !== 'VAT') return undefined;
  const taxCategory = textAt(element, 'cbc:ID');
  if (!taxCategory) return undefined;
  // The reason code as written, not trimmed: ZATCA's rules read it both ways. BR-KSA-CL-04 and
  // BR-KSA-69 normalize it (`normalize-space(cbc:TaxExemptionReasonCode)`), but BR-KSA-49's context
  // compares it raw — `cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[cbc:TaxExemptionReasonCode =
  // 'VATEX-SA-EDU'] | …[cbc:TaxExemptionReasonCode = 'VATEX-SA-HEA']` (20210819_ZATCA_E-invoice_
  // Validation_Rules.xsl, R3.4.8 and R4.0.0) —, so a code written `VATEX-SA-HEA ` is a valid
  // healthcare code that does not ask for the buyer's national ID. The rules trim where ZATCA does.
  const writtenCode = valueAt(element, 'cbc:TaxExemptionReasonCode');
  const reasonCode = writtenCode?.trim() ? writtenCode : undefined;
  const reason = textAt(element, 'cbc:TaxExemptionReason');
  return {
    taxCategory: taxCategory as TaxCategoryCode,
    // BR-KSA-11: a category without a rate (allowed for O) reads as 0.
    taxRate: textAt(element, 'cbc:Percent') || '0',
    ...(reasonCode ? { reasonCode: reasonCode as ExemptionReasonCode } : {}),
    ...(reason ? { reason } : {}),
  };
}
