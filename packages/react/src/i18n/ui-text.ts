/**
 * The kit's own words — labels, headings, states — in English and Arabic, as one `as const` table
 * (the domain's names come from core's code tables instead: document kinds, transaction flags,
 * tax categories, exemption reasons, party id schemes). Components read them with {@link uiText}.
 */
import type { FatooraLocale } from './locale.ts';

/**
 * Every label the components show that core's tables do not hold.
 *
 * @example
 * ```ts
 * UI_TEXT.addLine; // { en: 'Add line', ar: 'إضافة بند' }
 * ```
 */
export const UI_TEXT = {
  invoiceForm: { en: 'Invoice', ar: 'الفاتورة' },
  documentKind: { en: 'Document kind', ar: 'نوع المستند' },
  invoiceNumber: { en: 'Invoice number', ar: 'رقم الفاتورة' },
  issueDate: { en: 'Issue date', ar: 'تاريخ الإصدار' },
  issueTime: { en: 'Issue time', ar: 'وقت الإصدار' },
  supplyDate: { en: 'Supply date', ar: 'تاريخ التوريد' },
  currency: { en: 'Currency', ar: 'العملة' },
  contractId: { en: 'Contract ID', ar: 'رقم العقد' },
  transactionType: { en: 'Transaction type', ar: 'نوع المعاملة' },
  seller: { en: 'Seller', ar: 'البائع' },
  buyer: { en: 'Buyer', ar: 'المشتري' },
  name: { en: 'Name', ar: 'الاسم' },
  vatNumber: { en: 'VAT number', ar: 'رقم تسجيل ضريبة القيمة المضافة' },
  idScheme: { en: 'Other ID type', ar: 'نوع المعرف الآخر' },
  idValue: { en: 'Other ID', ar: 'المعرف الآخر' },
  none: { en: 'None', ar: 'لا يوجد' },
  address: { en: 'Address', ar: 'العنوان' },
  street: { en: 'Street', ar: 'الشارع' },
  buildingNumber: { en: 'Building number', ar: 'رقم المبنى' },
  citySubdivision: { en: 'District', ar: 'الحي' },
  city: { en: 'City', ar: 'المدينة' },
  postalCode: { en: 'Postal code', ar: 'الرمز البريدي' },
  country: { en: 'Country code', ar: 'رمز الدولة' },
  lines: { en: 'Lines', ar: 'البنود' },
  line: { en: 'Line', ar: 'البند' },
  item: { en: 'Item', ar: 'الصنف' },
  quantity: { en: 'Quantity', ar: 'الكمية' },
  unitPrice: { en: 'Unit price', ar: 'سعر الوحدة' },
  taxCategory: { en: 'VAT category', ar: 'فئة الضريبة' },
  taxRate: { en: 'VAT rate (%)', ar: 'نسبة الضريبة (٪)' },
  addLine: { en: 'Add line', ar: 'إضافة بند' },
  removeLine: { en: 'Remove line', ar: 'حذف البند' },
  allowances: { en: 'Allowances', ar: 'الخصومات' },
  allowance: { en: 'Allowance', ar: 'الخصم' },
  amount: { en: 'Amount', ar: 'المبلغ' },
  reason: { en: 'Reason', ar: 'السبب' },
  addAllowance: { en: 'Add allowance', ar: 'إضافة خصم' },
  removeAllowance: { en: 'Remove allowance', ar: 'حذف الخصم' },
  charges: { en: 'Charges', ar: 'الرسوم' },
  charge: { en: 'Charge', ar: 'الرسم' },
  addCharge: { en: 'Add charge', ar: 'إضافة رسم' },
  removeCharge: { en: 'Remove charge', ar: 'حذف الرسم' },
  reasonCode: { en: 'Reason code', ar: 'رمز السبب' },
  exemptions: { en: 'VAT exemption reasons', ar: 'أسباب الإعفاء من الضريبة' },
  exemptionReason: { en: 'Exemption reason', ar: 'سبب الإعفاء' },
  exemptionText: { en: 'Exemption reason text', ar: 'نص سبب الإعفاء' },
  chooseReason: { en: 'Choose a reason', ar: 'اختر السبب' },
  note: { en: 'Credit or debit note', ar: 'الإشعار الدائن أو المدين' },
  billingReference: { en: 'Original invoice number', ar: 'رقم الفاتورة الأصلية' },
  noteReason: { en: 'Reason for the note', ar: 'سبب إصدار الإشعار' },
  totals: { en: 'Totals', ar: 'الإجماليات' },
  totalsUnavailable: { en: 'Totals cannot be computed yet.', ar: 'لا يمكن حساب الإجماليات بعد.' },
  lineExtensionAmount: { en: 'Total excluding VAT', ar: 'الإجمالي غير شامل الضريبة' },
  allowanceTotalAmount: { en: 'Allowances', ar: 'إجمالي الخصومات' },
  taxExclusiveAmount: { en: 'Taxable amount', ar: 'المبلغ الخاضع للضريبة' },
  taxAmount: { en: 'VAT', ar: 'ضريبة القيمة المضافة' },
  taxInclusiveAmount: { en: 'Total including VAT', ar: 'الإجمالي شامل الضريبة' },
  payableAmount: { en: 'Amount due', ar: 'المبلغ المستحق' },
  faults: { en: 'Problems', ar: 'المشكلات' },
  noFaults: { en: 'No problems found.', ar: 'لا توجد مشكلات.' },
  faultsAtFields: { en: 'Some fields above need attention.', ar: 'بعض الحقول أعلاه تحتاج إلى مراجعة.' },
  error: { en: 'Error', ar: 'خطأ' },
  warning: { en: 'Warning', ar: 'تحذير' },
  qrCode: { en: 'ZATCA QR code', ar: 'رمز الاستجابة السريعة للفاتورة' },
  qrPayload: { en: 'QR payload', ar: 'محتوى رمز الاستجابة السريعة' },
  qrFields: { en: 'QR fields', ar: 'حقول رمز الاستجابة السريعة' },
  verification: { en: 'Verification', ar: 'التحقق' },
  verified: { en: 'Verified', ar: 'تم التحقق' },
  verifiedIssuerNotChecked: {
    en: 'Consistent — the certificate’s issuer was not checked',
    ar: 'متّسق — لم يتم التحقق من جهة إصدار الشهادة',
  },
  verificationFailed: { en: 'Verification failed', ar: 'فشل التحقق' },
  notVerified: {
    en: 'Not verified: give the signed XML or the certificate.',
    ar: 'لم يتم التحقق: أرفق ملف XML الموقّع أو الشهادة.',
  },
  onboarding: { en: 'Onboarding', ar: 'التهيئة والربط' },
  otp: { en: 'One-time password (OTP)', ar: 'رمز التحقق لمرة واحدة (OTP)' },
  startOnboarding: { en: 'Start onboarding', ar: 'بدء التهيئة' },
  resumeOnboarding: { en: 'Resume onboarding', ar: 'استئناف التهيئة' },
  onboarded: { en: 'Onboarding complete', ar: 'اكتملت التهيئة' },
  complianceCsid: { en: 'Compliance CSID', ar: 'شهادة الامتثال' },
  complianceCheck: { en: 'Compliance check', ar: 'فحص الامتثال' },
  productionCsid: { en: 'Production CSID', ar: 'شهادة الإنتاج' },
  stepPending: { en: 'Waiting', ar: 'في الانتظار' },
  stepRunning: { en: 'In progress', ar: 'قيد التنفيذ' },
  stepDone: { en: 'Done', ar: 'تم' },
  stepFailed: { en: 'Failed', ar: 'فشل' },
  progress: { en: 'Progress', ar: 'التقدم' },
  submission: { en: 'Submission', ar: 'الإرسال' },
  stateIdle: { en: 'Not submitted', ar: 'لم يُرسل' },
  stateSubmitting: { en: 'Submitting…', ar: 'جارٍ الإرسال…' },
  stateCleared: { en: 'Cleared', ar: 'تم الاعتماد' },
  stateReported: { en: 'Reported', ar: 'تم الإبلاغ' },
  statePending: { en: 'Waiting to be sent', ar: 'بانتظار الإرسال' },
  stateRejected: { en: 'Rejected', ar: 'مرفوضة' },
  stateFailed: { en: 'Failed', ar: 'فشل' },
  nextAttempt: { en: 'Next attempt', ar: 'المحاولة التالية' },
  warnings: { en: 'Warnings', ar: 'التحذيرات' },
  errors: { en: 'Errors', ar: 'الأخطاء' },
  preview: { en: 'Invoice preview', ar: 'معاينة الفاتورة' },
  lineNetAmount: { en: 'Net amount', ar: 'المبلغ الصافي' },
  lineVatAmount: { en: 'VAT amount', ar: 'مبلغ الضريبة' },
  lineTotal: { en: 'Amount with VAT', ar: 'المبلغ شامل الضريبة' },
} as const satisfies Record<string, { en: string; ar: string }>;

/** A key of {@link UI_TEXT}. */
export type UiTextKey = keyof typeof UI_TEXT;

/**
 * A label in a language.
 *
 * @example
 * ```ts
 * uiText('addLine', 'ar'); // 'إضافة بند'
 * ```
 */
export function uiText(key: UiTextKey, locale: FatooraLocale): string {
  return UI_TEXT[key][locale];
}
