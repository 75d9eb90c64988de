/**
 * The kinds of document ZATCA accepts, as data: the UN/CEFACT 1001 invoice type codes (BT-3,
 * `cbc:InvoiceTypeCode`; XML Implementation Standard §11.2.1 and BR-KSA-05) and the two
 * subtypes of KSA-2 (positions 1–2 of `InvoiceTypeCode/@name`: 01 standard, 02 simplified).
 * English names are the standard's; Arabic names are ZATCA's terms as printed on e-invoices.
 */

/** Invoice type codes (BT-3). */
export const INVOICE_TYPE_CODES = {
  '388': { kind: 'invoice', en: 'Tax invoice', ar: 'فاتورة ضريبية' },
  '381': { kind: 'credit-note', en: 'Credit note', ar: 'إشعار دائن' },
  '383': { kind: 'debit-note', en: 'Debit note', ar: 'إشعار مدين' },
} as const;

/** An invoice type code: `'388' | '381' | '383'`. */
export type InvoiceTypeCode = keyof typeof INVOICE_TYPE_CODES;

/** The document kind behind an invoice type code. */
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
