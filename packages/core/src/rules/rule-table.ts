/**
 * The ZATCA rules our validator checks, as data: id, severity, and the message in English and
 * Arabic. Ids and severities are those of ZATCA's own rule file
 * (`20210819_ZATCA_E-invoice_Validation_Rules.xsl`, SDK 238-R3.4.8); English messages follow its
 * texts; Arabic messages are ours. The React kit shows them next to the offending field.
 */

/** One rule. */
export interface RuleDefinition {
  readonly severity: 'error' | 'warning';
  readonly en: string;
  readonly ar: string;
}

/** Every rule `validateInvoice` checks. */
export const RULES = {
  'BR-KSA-03': {
    severity: 'error',
    en: 'The invoice must contain a unique identifier (KSA-1, a UUID).',
    ar: 'يجب أن تحتوي الفاتورة على معرّف فريد (UUID).',
  },
  'BR-KSA-05': {
    severity: 'error',
    en: 'The invoice type code (BT-3) must be 388, 381 or 383.',
    ar: 'يجب أن يكون رمز نوع الفاتورة 388 أو 381 أو 383.',
  },
  'BR-KSA-06': {
    severity: 'error',
    en: 'The invoice transaction code (KSA-2) must follow NNPNESB.',
    ar: 'يجب أن يتبع رمز معاملة الفاتورة البنية NNPNESB.',
  },
  'BR-KSA-07': {
    severity: 'error',
    en: 'Self-billing is not allowed for export invoices.',
    ar: 'لا يُسمح بالفوترة الذاتية لفواتير التصدير.',
  },
  'BR-KSA-15': {
    severity: 'warning',
    en: 'A standard tax invoice (388, subtype 01) must contain the supply date (KSA-5).',
    ar: 'يجب أن تحتوي الفاتورة الضريبية على تاريخ التوريد.',
  },
  'BR-KSA-17': {
    severity: 'error',
    en: 'Credit and debit notes must contain the reason for issuing them (KSA-10).',
    ar: 'يجب أن يتضمن إشعار الدائن أو المدين سبب إصداره.',
  },
  'BR-KSA-31': {
    severity: 'error',
    en: 'A simplified document may only be third party, nominal supply or summary (not export or self-billed).',
    ar: 'لا يجوز أن تكون الفاتورة المبسطة فاتورة تصدير أو فوترة ذاتية.',
  },
  'BR-KSA-35': {
    severity: 'warning',
    en: 'A supply end date (KSA-24) requires a supply date (KSA-5).',
    ar: 'يتطلب تاريخ نهاية التوريد وجود تاريخ التوريد.',
  },
  'BR-KSA-36': {
    severity: 'warning',
    en: 'The supply end date (KSA-24) must not be before the supply date (KSA-5).',
    ar: 'يجب ألا يسبق تاريخ نهاية التوريد تاريخ التوريد.',
  },
  'BR-KSA-39': {
    severity: 'error',
    en: 'The invoice must contain the seller VAT registration number (BT-31).',
    ar: 'يجب أن تحتوي الفاتورة على الرقم الضريبي للبائع.',
  },
  'BR-KSA-40': {
    severity: 'error',
    en: 'The seller VAT registration number (BT-31) must be 15 digits, starting and ending with 3.',
    ar: 'يجب أن يتكون الرقم الضريبي للبائع من 15 رقماً يبدأ وينتهي بالرقم 3.',
  },
  'BR-KSA-44': {
    severity: 'error',
    en: 'The buyer VAT registration number (BT-48) must be 15 digits, starting and ending with 3.',
    ar: 'يجب أن يتكون الرقم الضريبي للمشتري من 15 رقماً يبدأ وينتهي بالرقم 3.',
  },
  'BR-KSA-56': {
    severity: 'warning',
    en: 'Credit and debit notes must contain the billing reference ID (BT-25).',
    ar: 'يجب أن يتضمن إشعار الدائن أو المدين رقم الفاتورة المرجعية.',
  },
  'BR-KSA-69': {
    severity: 'warning',
    en: 'A zero-rated VAT breakdown must have an exemption reason code (BT-121).',
    ar: 'يجب أن يتضمن بند الضريبة بنسبة صفر رمز سبب الإعفاء.',
  },
  'BR-KSA-70': {
    severity: 'error',
    en: 'The issue time (KSA-25) must be hh:mm:ss (local) or hh:mm:ssZ (UTC).',
    ar: 'يجب أن يكون وقت الإصدار بالصيغة hh:mm:ss أو hh:mm:ssZ.',
  },
  'decimal-format': {
    severity: 'error',
    en: 'An amount must be a decimal string such as "1234.50".',
    ar: 'يجب كتابة المبلغ كرقم عشري مثل "1234.50".',
  },
} as const satisfies Record<string, RuleDefinition>;

/** A rule id `validateInvoice` can report. */
export type RuleId = keyof typeof RULES;
