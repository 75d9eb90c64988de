/**
 * The kinds of document ZATCA accepts, as data: the UN/CEFACT 1001 invoice type codes (BT-3,
 * `cbc:InvoiceTypeCode`) that BR-KSA-05 accepts, and the two subtypes of KSA-2 (positions 1–2
 * of `InvoiceTypeCode/@name`: 01 standard, 02 simplified). English names are UN/CEFACT 1001's;
 * Arabic names are ZATCA's terms as printed on e-invoices.
 *
 * The XML Implementation Standard (§11.2.1) lists 388, 383 and 381; ZATCA's rule files accept a
 * fourth code, 386 (prepayment invoice): BR-KSA-05 in `20210819_ZATCA_E-invoice_Validation_Rules.xsl`
 * (SDK 238-R3.4.8 and 238-R4.0.0 alike, context `cbc:InvoiceTypeCode`) fails when
 * `not(not(contains(normalize-space(.), ' ')) and contains(' 388 383 381 386  ', concat(' ',
 * normalize-space(.), ' ')))`. A prepayment invoice is an invoice for an advance payment, of
 * the invoice `kind`: no rule of ZATCA's files sets it apart except the ones that name 388
 * (BR-KSA-15, the supply date of a standard tax invoice) and 381/383 (the notes' rules).
 */

/** Invoice type codes (BT-3). */
export const INVOICE_TYPE_CODES = {
  '388': { kind: 'invoice', en: 'Tax invoice', ar: 'فاتورة ضريبية' },
  '381': { kind: 'credit-note', en: 'Credit note', ar: 'إشعار دائن' },
  '383': { kind: 'debit-note', en: 'Debit note', ar: 'إشعار مدين' },
  // BR-KSA-05 accepts 386 (see above); DOCUMENT_KINDS says what it is for onboarding.
  '386': { kind: 'invoice', en: 'Prepayment invoice', ar: 'فاتورة دفعة مقدمة' },
} as const;

/** An invoice type code: `'388' | '381' | '383' | '386'`. */
export type InvoiceTypeCode = keyof typeof INVOICE_TYPE_CODES;

/**
 * The document kind behind an invoice type code: `'invoice'` (388 and 386), `'credit-note'` (381)
 * or `'debit-note'` (383).
 */
export type DocumentKind = (typeof INVOICE_TYPE_CODES)[InvoiceTypeCode]['kind'];

/** KSA-2 positions 1–2. */
export const INVOICE_SUBTYPES = {
  standard: { code: '01', en: 'Standard tax invoice (B2B)', ar: 'فاتورة ضريبية' },
  simplified: { code: '02', en: 'Simplified tax invoice (B2C)', ar: 'فاتورة ضريبية مبسطة' },
} as const;

/** `'standard' | 'simplified'`. */
export type InvoiceSubtype = keyof typeof INVOICE_SUBTYPES;

/** Whether `code` is one of the invoice type codes ZATCA accepts (BR-KSA-05). */
export function isInvoiceTypeCode(code: unknown): code is InvoiceTypeCode {
  return typeof code === 'string' && Object.hasOwn(INVOICE_TYPE_CODES, code);
}
