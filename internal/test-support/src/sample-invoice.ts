/**
 * The sample invoice of the tests as plain data: three standard-rate lines (a book, pens, paper at a
 * fractional quantity), a line allowance and a document allowance, sold by the SDK samples' seller
 * to their buyer, in any of the six document kinds; the same as a draft (no ICV, PIH, UUID, date or
 * time, which an EGS unit assigns); and the first previous invoice hash that the SDK's
 * `Data/PIH/pih.txt` holds. Typed by shape only: this package depends on no fatoora package, and a
 * test that hands these to `@fatoora/core` gets them checked against core's types there
 * (`packages/core/test/support/scenarios.ts` builds the scenario corpus on {@link sampleInvoice}).
 */
import { SAMPLE_BUYER, SAMPLE_SELLER } from './parties.ts';

/**
 * The hash a unit's first document gives as its PIH (KSA-13), as the SDK's `Data/PIH/pih.txt`
 * holds it (base64 of the hex SHA-256 of `0`).
 *
 * @example
 * ```ts
 * expect(FIRST_PREVIOUS_INVOICE_HASH_FROM_SDK).toBe(FIRST_PREVIOUS_INVOICE_HASH);
 * ```
 */
export const FIRST_PREVIOUS_INVOICE_HASH_FROM_SDK =
  'NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==';

/**
 * Three books at 40.00, standard rate.
 *
 * @example
 * ```ts
 * const lines = [BOOK_LINE, PEN_LINE];
 * ```
 */
export const BOOK_LINE = {
  id: '1',
  name: 'كتاب | Book',
  quantity: '3',
  price: '40.00',
  taxCategory: 'S',
  taxRate: '15',
} as const;

/**
 * 12.5 pens at 4.10, standard rate (a quantity with a fraction).
 *
 * @example
 * ```ts
 * const discounted = { ...PEN_LINE, allowances: [{ amount: '1.25', reason: 'Discount' }] };
 * ```
 */
export const PEN_LINE = {
  id: '2',
  name: 'قلم | Pen',
  quantity: '12.5',
  price: '4.10',
  taxCategory: 'S',
  taxRate: '15',
} as const;

/**
 * 0.333 reams of paper at 10.00, standard rate (a line amount that rounds).
 *
 * @example
 * ```ts
 * const lines = [BOOK_LINE, PEN_LINE, PAPER_LINE];
 * ```
 */
export const PAPER_LINE = {
  id: '3',
  name: 'ورق | Paper',
  quantity: '0.333',
  price: '10.00',
  taxCategory: 'S',
  taxRate: '15',
} as const;

const flags = { thirdParty: false, nominal: false, export: false, summary: false, selfBilled: false };

/**
 * The sample invoice in one of the six kinds: `subtype` `standard` or `simplified` (KSA-2), type
 * code 388, 381 or 383 (BT-3; a note refers to `SME00023`), at ICV `counter` with the first PIH; a
 * standard document names the buyer.
 *
 * @example
 * ```ts
 * const invoice: Invoice = sampleInvoice('simplified', '381', 2);
 * ```
 */
export function sampleInvoice<Subtype extends string, TypeCode extends string>(
  subtype: Subtype,
  typeCode: TypeCode,
  counter = 1,
) {
  const note = typeCode !== '388';
  return {
    id: `${subtype === 'standard' ? 'STD' : 'SMP'}-${typeCode}-${counter}`,
    uuid: `3cf5ee18-ee25-44ea-a444-2c37ba7f${String(1000 + counter).padStart(4, '0')}`,
    issueDate: '2024-05-01',
    issueTime: '10:15:00',
    typeCode,
    transaction: { subtype, ...flags },
    counter,
    previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH_FROM_SDK,
    ...(note ? { billingReference: 'SME00023', noteReason: 'Returned items | إرجاع بضاعة' } : {}),
    seller: SAMPLE_SELLER,
    ...(subtype === 'standard' ? { buyer: SAMPLE_BUYER } : {}),
    supplyDate: '2024-05-01',
    paymentMeansCode: '10',
    lines: [BOOK_LINE, { ...PEN_LINE, allowances: [{ amount: '1.25', reason: 'Discount' }] }, PAPER_LINE],
    allowances: [{ amount: '5.00', reason: 'Discount', taxCategory: 'S', taxRate: '15' }],
  } as const;
}

/**
 * The sample invoice of one kind as a draft: without the ICV, PIH, UUID, issue date and time that
 * an EGS unit assigns, with `id` as its invoice number.
 *
 * @example
 * ```ts
 * const draft: InvoiceDraft = sampleDraft(DOCUMENT_KINDS['simplified-invoice'], 'INV-1');
 * ```
 */
export function sampleDraft<Subtype extends string, TypeCode extends string>(
  kind: { readonly subtype: Subtype; readonly typeCode: TypeCode },
  id: string,
) {
  const { counter, previousInvoiceHash, uuid, issueDate, issueTime, ...draft } = sampleInvoice(
    kind.subtype,
    kind.typeCode,
  );
  return { ...draft, id };
}
