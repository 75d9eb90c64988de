/**
 * Select options from core's bilingual code tables, in the reader's language: the kinds a draft
 * can be (core's six document kinds and the prepayment invoices), the VAT categories, the
 * exemption reasons of one category, the allowance and charge reason codes, and the party id
 * schemes.
 */
import {
  ALLOWANCE_REASONS,
  type AllowanceReasonCode,
  CHARGE_REASONS,
  type ChargeReasonCode,
  EXEMPTION_REASONS,
  type ExemptionReasonCode,
  PARTY_ID_SCHEMES,
  TAX_CATEGORIES,
  type TaxCategoryCode,
} from '@fatoora/core/model';
import type { SelectOption } from '../fields/select-field.tsx';
import type { FatooraLocale } from '../i18n/locale.ts';
import { DRAFT_DOCUMENT_KINDS, type DraftDocumentKind } from '../state/draft-document-kinds.ts';

/**
 * The kinds a draft can be (standard or simplified × 388, 386, 381, 383).
 *
 * @example
 * ```ts
 * documentKindOptions('en')[1]; // { value: 'standard-prepayment-invoice', label: 'Standard prepayment invoice (386)' }
 * documentKindOptions('en')[6]; // { value: 'simplified-credit-note', label: 'Simplified credit note (381)' }
 * ```
 */
export function documentKindOptions(locale: FatooraLocale): SelectOption[] {
  return (Object.keys(DRAFT_DOCUMENT_KINDS) as DraftDocumentKind[]).map((kind) => ({
    value: kind,
    label: `${DRAFT_DOCUMENT_KINDS[kind][locale]} (${DRAFT_DOCUMENT_KINDS[kind].typeCode})`,
  }));
}

/**
 * The VAT categories S, Z, E, O.
 *
 * @example
 * ```ts
 * taxCategoryOptions('en')[0]; // { value: 'S', label: 'S — Standard rate' }
 * ```
 */
export function taxCategoryOptions(locale: FatooraLocale): SelectOption[] {
  return (Object.keys(TAX_CATEGORIES) as TaxCategoryCode[]).map((code) => ({
    value: code,
    label: `${code} — ${TAX_CATEGORIES[code][locale]}`,
  }));
}

/**
 * The exemption or zero-rating reasons allowed with a category.
 *
 * @example
 * ```ts
 * exemptionReasonOptions('O', 'en'); // [{ value: 'VATEX-SA-OOS', label: 'VATEX-SA-OOS — Services outside scope…' }]
 * ```
 */
export function exemptionReasonOptions(category: TaxCategoryCode, locale: FatooraLocale): SelectOption[] {
  return (Object.keys(EXEMPTION_REASONS) as ExemptionReasonCode[])
    .filter((code) => EXEMPTION_REASONS[code].category === category)
    .map((code) => ({ value: code, label: `${code} — ${EXEMPTION_REASONS[code][locale]}` }));
}

/**
 * The party identification schemes (CRN, national ID, …).
 *
 * @example
 * ```ts
 * partyIdSchemeOptions('ar')[1]; // { value: 'CRN', label: 'رقم السجل التجاري' }
 * ```
 */
export function partyIdSchemeOptions(locale: FatooraLocale): SelectOption[] {
  return (Object.keys(PARTY_ID_SCHEMES) as (keyof typeof PARTY_ID_SCHEMES)[]).map((scheme) => ({
    value: scheme,
    label: PARTY_ID_SCHEMES[scheme][locale],
  }));
}

/**
 * The allowance reason codes (UNTDID 5189, BT-98 / BT-140).
 *
 * @example
 * ```ts
 * allowanceReasonOptions('en').find((option) => option.value === '95'); // { value: '95', label: '95 — Discount' }
 * ```
 */
export function allowanceReasonOptions(locale: FatooraLocale): SelectOption[] {
  return (Object.keys(ALLOWANCE_REASONS) as AllowanceReasonCode[]).map((code) => ({
    value: code,
    label: `${code} — ${ALLOWANCE_REASONS[code][locale]}`,
  }));
}

/**
 * The charge reason codes (UNTDID 7161, BT-105 / BT-145).
 *
 * @example
 * ```ts
 * chargeReasonOptions('ar').find((option) => option.value === 'FC'); // { value: 'FC', label: 'FC — خدمة الشحن' }
 * ```
 */
export function chargeReasonOptions(locale: FatooraLocale): SelectOption[] {
  return (Object.keys(CHARGE_REASONS) as ChargeReasonCode[]).map((code) => ({
    value: code,
    label: `${code} — ${CHARGE_REASONS[code][locale]}`,
  }));
}
