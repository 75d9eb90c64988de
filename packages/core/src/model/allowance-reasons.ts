/**
 * Allowance reason codes (BT-98 on a document allowance, BT-140 on a line allowance): the
 * UNTDID 5189 subset that EN 16931 accepts (its code-list rule BR-CL-19; ZATCA's copy of the
 * EN 16931 schematron in SDK 238-R3.4.8 does not check it, and ZATCA's own rules have no list for
 * allowances). English names are UN/CEFACT's; the Arabic names are ours, not ZATCA's. A free-text
 * reason (BT-97 / BT-139) may go with the code or stand alone.
 */

/** The allowance reason codes, with English and Arabic names. */
export const ALLOWANCE_REASONS = {
  '41': { en: 'Bonus for works ahead of schedule', ar: 'مكافأة إنجاز الأعمال قبل موعدها' },
  '42': { en: 'Other bonus', ar: 'مكافأة أخرى' },
  '60': { en: "Manufacturer's consumer discount", ar: 'خصم الشركة المصنّعة للمستهلك' },
  '62': { en: 'Due to military status', ar: 'بسبب الصفة العسكرية' },
  '63': { en: 'Due to work accident', ar: 'بسبب إصابة عمل' },
  '64': { en: 'Special agreement', ar: 'اتفاق خاص' },
  '65': { en: 'Production error discount', ar: 'خصم لخطأ في الإنتاج' },
  '66': { en: 'New outlet discount', ar: 'خصم منفذ بيع جديد' },
  '67': { en: 'Sample discount', ar: 'خصم العيّنات' },
  '68': { en: 'End-of-range discount', ar: 'خصم نهاية التشكيلة' },
  '70': { en: 'Incoterm discount', ar: 'خصم شروط التسليم (إنكوترمز)' },
  '71': { en: 'Point of sales threshold allowance', ar: 'خصم بلوغ حد نقطة البيع' },
  '88': { en: 'Material surcharge/deduction', ar: 'إضافة أو خصم على المواد' },
  '95': { en: 'Discount', ar: 'خصم' },
  '100': { en: 'Special rebate', ar: 'حسم خاص' },
  '102': { en: 'Fixed long term', ar: 'خصم ثابت طويل الأجل' },
  '103': { en: 'Temporary', ar: 'خصم مؤقت' },
  '104': { en: 'Standard', ar: 'خصم قياسي' },
  '105': { en: 'Yearly turnover', ar: 'خصم على حجم المبيعات السنوي' },
} as const satisfies Record<string, { en: string; ar: string }>;

/** An allowance reason code (BT-98 / BT-140). */
export type AllowanceReasonCode = keyof typeof ALLOWANCE_REASONS;

/**
 * Whether `code` is an allowance reason code EN 16931 accepts (BR-CL-19).
 *
 * @throws never.
 * @example
 * ```ts
 * isAllowanceReasonCode('95'); // true
 * isAllowanceReasonCode('ABK'); // false: a charge reason
 * ```
 */
export function isAllowanceReasonCode(code: unknown): code is AllowanceReasonCode {
  return typeof code === 'string' && Object.hasOwn(ALLOWANCE_REASONS, code);
}
