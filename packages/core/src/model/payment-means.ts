/**
 * Payment means codes (BT-81) ZATCA accepts: the UN/CEFACT 4461 subset of rule BR-KSA-16 in
 * ZATCA's rule file (SDK 238-R3.4.8), with English names from UN/CEFACT and our Arabic names.
 */

/** The accepted payment means codes. */
export const PAYMENT_MEANS = {
  '1': { en: 'Instrument not defined', ar: 'غير محدد' },
  '10': { en: 'In cash', ar: 'نقداً' },
  '30': { en: 'Credit transfer', ar: 'تحويل دائن' },
  '42': { en: 'Payment to bank account', ar: 'دفع إلى حساب بنكي' },
  '48': { en: 'Bank card', ar: 'بطاقة بنكية' },
} as const;

/** A payment means code. */
export type PaymentMeansCode = keyof typeof PAYMENT_MEANS;

/** Whether `code` is a payment means ZATCA accepts (BR-KSA-16). */
export function isPaymentMeansCode(code: unknown): code is PaymentMeansCode {
  return typeof code === 'string' && Object.hasOwn(PAYMENT_MEANS, code);
}
