/**
 * The Issue page's form as plain data, and the invoice draft it makes. Every field is text as the
 * user typed it; `draftFromForm` turns it into core's `InvoiceDraft` (the unit assigns the ICV,
 * PIH, UUID and issue time), so amounts stay decimal strings from input to XML. Lines are standard
 * rated (category S, 15 %); a standard document names its buyer in full, a credit or debit note its
 * original invoice and a reason (BR-KSA-56, BR-KSA-17).
 */
import type { InvoiceDraft, InvoiceSubtype, InvoiceTypeCode, Seller } from '@fatoora/core';

/** One line of the form. */
export interface LineForm {
  readonly name: string;
  readonly quantity: string;
  readonly price: string;
}

/** The buyer part of the form (used for standard documents). */
export interface BuyerForm {
  readonly name: string;
  readonly vatNumber: string;
  readonly street: string;
  readonly buildingNumber: string;
  readonly district: string;
  readonly city: string;
  readonly postalCode: string;
}

/** The whole form. */
export interface InvoiceForm {
  readonly subtype: InvoiceSubtype;
  readonly typeCode: InvoiceTypeCode;
  /** BT-1, the invoice number. */
  readonly id: string;
  readonly buyer: BuyerForm;
  /** BT-25 of a credit or debit note. */
  readonly billingReference: string;
  /** KSA-10 of a credit or debit note. */
  readonly noteReason: string;
  /** KSA-5, the supply date `YYYY-MM-DD` (required on standard invoices, BR-KSA-15). */
  readonly supplyDate: string;
  readonly lines: readonly LineForm[];
}

/** The VAT rate of every line (category S). */
export const STANDARD_RATE = '15';

/**
 * A filled-in form to start from: two lines, the SDK sample's buyer, supplied on `supplyDate`.
 *
 * @example
 * ```ts
 * defaultInvoiceForm('simplified', 'INV-7', '2024-05-01').subtype; // 'simplified'
 * ```
 */
export function defaultInvoiceForm(subtype: InvoiceSubtype, id: string, supplyDate: string): InvoiceForm {
  return {
    subtype,
    typeCode: '388',
    id,
    buyer: {
      name: 'Fatoora Samples LTD | شركة نماذج فاتورة المحدودة',
      vatNumber: '399999999800003',
      street: 'Salah Al-Din | صلاح الدين',
      buildingNumber: '1111',
      district: 'Al-Murooj | المروج',
      city: 'Riyadh | الرياض',
      postalCode: '12222',
    },
    billingReference: '',
    noteReason: '',
    supplyDate,
    lines: [
      { name: 'Book | كتاب', quantity: '3', price: '40.00' },
      { name: 'Pen | قلم', quantity: '12', price: '4.10' },
    ],
  };
}

/**
 * The draft of a form for a seller.
 *
 * @example
 * ```ts
 * const draft = draftFromForm(defaultInvoiceForm('standard', 'INV-1', today), demoSeller(config));
 * await egs.issue(draft);
 * ```
 */
export function draftFromForm(form: InvoiceForm, seller: Seller): InvoiceDraft {
  const note = form.typeCode !== '388';
  const buyer = form.buyer;
  return {
    id: form.id.trim(),
    typeCode: form.typeCode,
    transaction: {
      subtype: form.subtype,
      thirdParty: false,
      nominal: false,
      export: false,
      summary: false,
      selfBilled: false,
    },
    ...(note ? present({ billingReference: form.billingReference, noteReason: form.noteReason }) : {}),
    seller,
    ...(form.supplyDate.trim() !== '' ? { supplyDate: form.supplyDate.trim() } : {}),
    ...(form.subtype === 'standard'
      ? {
          buyer: {
            name: buyer.name.trim(),
            vatNumber: buyer.vatNumber.trim(),
            address: {
              street: buyer.street.trim(),
              buildingNumber: buyer.buildingNumber.trim(),
              citySubdivision: buyer.district.trim(),
              city: buyer.city.trim(),
              postalCode: buyer.postalCode.trim(),
              country: 'SA',
            },
          },
        }
      : {}),
    paymentMeansCode: '10',
    lines: form.lines.map((line, index) => ({
      id: String(index + 1),
      name: line.name.trim(),
      quantity: line.quantity.trim(),
      price: line.price.trim(),
      taxCategory: 'S',
      taxRate: STANDARD_RATE,
    })),
  };
}

/** The fields that are not blank, trimmed: a blank field is left out, so the rules call it missing. */
function present<Fields extends Record<string, string>>(fields: Fields): Partial<Fields> {
  return Object.fromEntries(
    Object.entries(fields)
      .map(([name, value]) => [name, value.trim()])
      .filter(([, value]) => value !== ''),
  ) as Partial<Fields>;
}
