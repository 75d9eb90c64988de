/**
 * The nine fields of ZATCA's QR code named in English and Arabic (tags 1–9, as core's `QR_TAGS`),
 * in the words of ZATCA's Security Features standard.
 */
import type { QrFields } from '@fatoora/core/qr';

/**
 * Each QR field's tag and names.
 *
 * @example
 * ```ts
 * QR_FIELD_LABELS.vatNumber.ar; // 'الرقم الضريبي للبائع'
 * ```
 */
export const QR_FIELD_LABELS = {
  sellerName: { tag: 1, en: 'Seller name', ar: 'اسم البائع' },
  vatNumber: { tag: 2, en: 'Seller VAT number', ar: 'الرقم الضريبي للبائع' },
  timestamp: { tag: 3, en: 'Invoice date and time', ar: 'تاريخ ووقت الفاتورة' },
  invoiceTotal: { tag: 4, en: 'Invoice total with VAT', ar: 'إجمالي الفاتورة شامل الضريبة' },
  vatTotal: { tag: 5, en: 'VAT total', ar: 'إجمالي ضريبة القيمة المضافة' },
  invoiceHash: { tag: 6, en: 'Invoice hash', ar: 'ملخص الفاتورة (Hash)' },
  signature: { tag: 7, en: 'Digital signature', ar: 'التوقيع الرقمي' },
  publicKey: { tag: 8, en: 'Public key', ar: 'المفتاح العام' },
  certificateSignature: {
    tag: 9,
    en: 'Certificate signature (simplified invoices)',
    ar: 'توقيع الشهادة (الفواتير المبسطة)',
  },
} as const satisfies Record<keyof QrFields, { tag: number; en: string; ar: string }>;

/** A QR field name. */
export type QrFieldName = keyof typeof QR_FIELD_LABELS;
