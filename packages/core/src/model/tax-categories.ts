/**
 * VAT categories ZATCA accepts (a subset of UN/CEFACT 5305; XML Implementation Standard §11.2.4)
 * and the Saudi exemption reason codes (VATEX-SA-…) allowed with each, as data. English texts are
 * the standard's; the Arabic are ZATCA's invoice terms.
 */

/** VAT category codes (BT-118, BT-151). */
export const TAX_CATEGORIES = {
  S: { en: 'Standard rate', ar: 'خاضع للضريبة بالنسبة الأساسية' },
  Z: { en: 'Zero rated goods', ar: 'خاضع للضريبة بنسبة صفر' },
  E: { en: 'Exempt from tax', ar: 'معفى من الضريبة' },
  O: { en: 'Services outside scope of tax / not subject to VAT', ar: 'خارج نطاق الضريبة' },
} as const;

/** `'S' | 'Z' | 'E' | 'O'`. */
export type TaxCategoryCode = keyof typeof TAX_CATEGORIES;

/** Exemption and zero-rating reason codes (BT-121) and their texts, by category (§11.2.4). */
export const EXEMPTION_REASONS = {
  'VATEX-SA-29': {
    category: 'E',
    en: 'Financial services mentioned in Article 29 of the VAT Regulations',
    ar: 'الخدمات المالية',
  },
  'VATEX-SA-29-7': {
    category: 'E',
    en: 'Life insurance services mentioned in Article 29 of the VAT Regulations',
    ar: 'عقد تأمين على الحياة',
  },
  'VATEX-SA-30': {
    category: 'E',
    en: 'Real estate transactions mentioned in Article 30 of the VAT Regulations',
    ar: 'التوريدات العقارية المعفاة من الضريبة',
  },
  'VATEX-SA-32': { category: 'Z', en: 'Export of goods', ar: 'صادرات السلع من المملكة' },
  'VATEX-SA-33': { category: 'Z', en: 'Export of services', ar: 'صادرات الخدمات من المملكة' },
  'VATEX-SA-34-1': { category: 'Z', en: 'The international transport of Goods', ar: 'النقل الدولي للسلع' },
  'VATEX-SA-34-2': { category: 'Z', en: 'International transport of passengers', ar: 'النقل الدولي للركاب' },
  'VATEX-SA-34-3': {
    category: 'Z',
    en: 'Services directly connected and incidental to a Supply of international passenger transport',
    ar: 'الخدمات ذات الصلة المباشرة أو العرضية لتوريد النقل الدولي للركاب',
  },
  'VATEX-SA-34-4': {
    category: 'Z',
    en: 'Supply of a qualifying means of transport',
    ar: 'توريد وسائل النقل المؤهلة',
  },
  'VATEX-SA-34-5': {
    category: 'Z',
    en: 'Any services relating to Goods or passenger transportation, as defined in article twenty five of these Regulations',
    ar: 'الخدمات ذات الصلة بنقل السلع أو الركاب، وفقاً للتعريف الوارد في المادة الخامسة والعشرين من اللائحة التنفيذية لنظام ضريبة القيمة المضافة',
  },
  'VATEX-SA-35': { category: 'Z', en: 'Medicines and medical equipment', ar: 'الأدوية والمعدات الطبية' },
  'VATEX-SA-36': { category: 'Z', en: 'Qualifying metals', ar: 'المعادن المؤهلة' },
  'VATEX-SA-EDU': {
    category: 'Z',
    en: 'Private education to citizen',
    ar: 'الخدمات التعليمية الخاصة للمواطنين',
  },
  'VATEX-SA-HEA': {
    category: 'Z',
    en: 'Private healthcare to citizen',
    ar: 'الخدمات الصحية الخاصة للمواطنين',
  },
  // BR-KSA-CL-04 accepts it with Z in ZATCA's rule files (R3.4.8 and R4.0.0).
  'VATEX-SA-MLTRY': {
    category: 'Z',
    en: 'Supply of qualified military goods',
    ar: 'توريد السلع العسكرية المؤهلة',
  },
  // In ZATCA's SDK samples ("Out of Scope Standard Tax Invoice.xml"), not in the 2022 standard's table.
  'VATEX-SA-OOS': {
    category: 'O',
    en: 'Services outside scope of tax / Not subject to VAT',
    ar: 'التوريدات الغير خاضعة للضريبة',
  },
} as const satisfies Record<string, { category: TaxCategoryCode; en: string; ar: string }>;

/** An exemption or zero-rating reason code. */
export type ExemptionReasonCode = keyof typeof EXEMPTION_REASONS;

/** Whether `code` is a VAT category ZATCA accepts. */
export function isTaxCategoryCode(code: unknown): code is TaxCategoryCode {
  return typeof code === 'string' && Object.hasOwn(TAX_CATEGORIES, code);
}
