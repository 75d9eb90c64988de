/**
 * The draft the Issue page starts from: a standard or simplified tax invoice from the unit's
 * seller to the SDK sample's buyer, two standard-rated lines (category S, 15 %) and a delivery
 * charge with its reason code, supplied today.
 * The unit assigns the ICV, PIH, UUID and issue time when it issues; the kit's `InvoiceForm`
 * edits everything else.
 */
import { type InvoiceDraft, type InvoiceSubtype, type Seller, saudiDateTime } from '@fatoora/core/model';

/** What the sample varies. */
export interface SampleDraftOptions {
  readonly subtype: InvoiceSubtype;
  /** BT-1. */
  readonly id: string;
  /** KSA-5, `YYYY-MM-DD` (required on standard invoices, BR-KSA-15). */
  readonly supplyDate: string;
  readonly seller: Seller;
}

/**
 * A sample draft.
 *
 * @example
 * ```ts
 * const issued = await egs.issue(sampleDraft({ subtype: 'standard', id: 'INV-1', supplyDate: '2024-05-01', seller }));
 * ```
 */
export function sampleDraft(options: SampleDraftOptions): InvoiceDraft {
  return {
    id: options.id,
    typeCode: '388',
    transaction: {
      subtype: options.subtype,
      thirdParty: false,
      nominal: false,
      export: false,
      summary: false,
      selfBilled: false,
    },
    seller: options.seller,
    buyer: {
      name: 'Fatoora Samples LTD | شركة نماذج فاتورة المحدودة',
      vatNumber: '399999999800003',
      address: {
        street: 'Salah Al-Din | صلاح الدين',
        buildingNumber: '1111',
        citySubdivision: 'Al-Murooj | المروج',
        city: 'Riyadh | الرياض',
        postalCode: '12222',
        country: 'SA',
      },
    },
    supplyDate: options.supplyDate,
    paymentMeansCode: '10',
    lines: [
      { id: '1', name: 'Book | كتاب', quantity: '3', price: '40.00', taxCategory: 'S', taxRate: '15' },
      { id: '2', name: 'Pen | قلم', quantity: '12', price: '4.10', taxCategory: 'S', taxRate: '15' },
    ],
    // A charge carries its UNTDID 7161 reason code (BT-105): without one ZATCA warns (BR-KSA-19).
    charges: [
      { amount: '10.00', reasonCode: 'DL', reason: 'Delivery | توصيل', taxCategory: 'S', taxRate: '15' },
    ],
  };
}

/**
 * Today in Riyadh (UTC+3, no daylight saving), `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * saudiToday(new Date('2024-05-01T22:30:00Z')); // '2024-05-02'
 * ```
 */
export function saudiToday(now: Date = new Date()): string {
  return saudiDateTime(now).date;
}
