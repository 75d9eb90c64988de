/**
 * fast-check arbitraries for invoice models: any of the six document kinds with 1–6 random lines
 * (quantities with up to three decimals, prices with up to two), categories drawn either from
 * S/Z/E together or O alone (BR-O-11: an "out of scope" document carries no other category), a
 * line allowance or none, a document allowance on the standard-rated part or none — every one a
 * model ZATCA's rules accept. The corruption table next to it breaks exactly one field of such a
 * model, each with the rule ZATCA's rules apply to it.
 */
import fc from 'fast-check';
import type { Invoice, InvoiceLine, TaxExemption } from '../../src/model/invoice.ts';
import { scenario } from './scenarios.ts';

type Category = 'S' | 'Z' | 'E' | 'O';

const EXEMPTIONS: Record<Exclude<Category, 'S'>, TaxExemption> = {
  Z: { taxCategory: 'Z', reasonCode: 'VATEX-SA-35', reason: 'Medicines and medical equipment' },
  E: { taxCategory: 'E', reasonCode: 'VATEX-SA-29', reason: 'Financial services mentioned in Article 29' },
  O: { taxCategory: 'O', reasonCode: 'VATEX-SA-OOS', reason: 'Outside the scope of VAT' },
};

const NAMES = ['كتاب | Book', 'Pen', 'قهوة عربية', 'Service fee', 'ورق A4 | Paper'];

/** A decimal string with `scale` decimals, from `min` to `max` units of the last decimal. */
const decimal = (min: number, max: number, scale: number) =>
  fc.integer({ min, max }).map((units) => {
    const text = String(units).padStart(scale + 1, '0');
    return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  });

const line = (categories: readonly Category[]) =>
  fc
    .record({
      name: fc.constantFrom(...NAMES),
      quantity: fc.oneof(decimal(1, 1_000_000, 3), decimal(1, 500, 0)),
      price: decimal(0, 2_000_000, 2),
      category: fc.constantFrom(...categories),
      discountPercent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
    })
    .map(({ name, quantity, price, category, discountPercent }) => ({
      name,
      quantity,
      price,
      category,
      discountPercent,
    }));

/** A valid invoice model of any kind. */
export const arbitraryInvoice: fc.Arbitrary<Invoice> = fc
  .record({
    subtype: fc.constantFrom('standard', 'simplified' as const),
    typeCode: fc.constantFrom('388', '381', '383' as const),
    counter: fc.integer({ min: 1, max: 1_000_000 }),
    uuid: fc.uuid({ version: 4 }),
    categories: fc.oneof(
      fc.constant<readonly Category[]>(['O']),
      fc.subarray<Category>(['S', 'Z', 'E'], { minLength: 1 }),
    ),
  })
  .chain(({ subtype, typeCode, counter, uuid, categories }) =>
    fc
      .record({
        lines: fc.array(line(categories), { minLength: 1, maxLength: 6 }),
        documentAllowancePercent: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      })
      .map(({ lines, documentAllowancePercent }) => {
        const base = scenario(subtype, typeCode, counter);
        const invoiceLines: InvoiceLine[] = lines.map((drawn, index) => {
          // The allowance is a whole percent of the line amount, cut to cents: never above it.
          const lineCents =
            (BigInt(drawn.price.replace('.', '')) * BigInt(drawn.quantity.replace('.', ''))) /
            10n ** BigInt(decimalsOf(drawn.quantity));
          const allowanceCents =
            drawn.discountPercent === undefined ? 0n : (lineCents * BigInt(drawn.discountPercent)) / 100n;
          return {
            id: String(index + 1),
            name: drawn.name,
            quantity: drawn.quantity,
            price: drawn.price,
            taxCategory: drawn.category,
            taxRate: drawn.category === 'S' ? '15' : '0',
            ...(allowanceCents > 0n
              ? { allowances: [{ amount: cents(allowanceCents), reason: 'Discount' }] }
              : {}),
          };
        });
        const used = [...new Set(invoiceLines.map((entry) => entry.taxCategory as Category))];
        // The document allowance is a share of the standard-rated lines' net amounts: never above them.
        const standardRatedCents = invoiceLines
          .filter((entry) => entry.taxCategory === 'S')
          .reduce((sum, entry) => sum + netCents(entry), 0n);
        const documentAllowance =
          documentAllowancePercent === undefined
            ? 0n
            : (standardRatedCents * BigInt(documentAllowancePercent)) / 100n;
        return {
          ...base,
          uuid,
          lines: invoiceLines,
          allowances:
            documentAllowance > 0n
              ? [{ amount: cents(documentAllowance), reason: 'Discount', taxCategory: 'S', taxRate: '15' }]
              : [],
          exemptions: used.filter((category) => category !== 'S').map((category) => EXEMPTIONS[category]),
        } satisfies Invoice;
      }),
  );

/** A line's amount less its allowance, in cents, cut (never above what the tax engine computes). */
function netCents(entry: InvoiceLine): bigint {
  const quantity = String(entry.quantity);
  const gross =
    (BigInt(String(entry.price).replace('.', '')) * BigInt(quantity.replace('.', ''))) /
    10n ** BigInt(decimalsOf(quantity));
  const allowance = entry.allowances?.[0] ? BigInt(String(entry.allowances[0].amount).replace('.', '')) : 0n;
  return gross - allowance;
}

function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}

function cents(value: bigint): string {
  const text = String(value).padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** One way to break one field, and the rule ZATCA's rules apply to it. */
export interface Corruption {
  readonly name: string;
  readonly rule: string;
  /** Only for documents it applies to (e.g. notes). */
  readonly appliesTo?: (invoice: Invoice) => boolean;
  readonly apply: (invoice: Invoice) => Invoice;
}

const isNote = (invoice: Invoice) => invoice.typeCode !== '388';
const isStandard = (invoice: Invoice) => invoice.transaction.subtype === 'standard';
const withFirstLine = (invoice: Invoice, change: Partial<InvoiceLine>): Invoice => ({
  ...invoice,
  lines: [{ ...invoice.lines[0]!, ...change }, ...invoice.lines.slice(1)],
});

/** Single-field corruptions, each with the rule id ZATCA's rules (and ours) report. */
export const CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'seller VAT number of the wrong form',
    rule: 'BR-KSA-40',
    apply: (i) => ({ ...i, seller: { ...i.seller, vatNumber: '300000000000001' } }),
  },
  {
    name: 'seller VAT number missing',
    rule: 'BR-KSA-39',
    apply: (i) => ({ ...i, seller: { ...i.seller, vatNumber: '' } }),
  },
  { name: 'seller name missing', rule: 'BR-06', apply: (i) => ({ ...i, seller: { ...i.seller, name: '' } }) },
  {
    name: 'seller postal code of four digits',
    rule: 'BR-KSA-66',
    apply: (i) => ({ ...i, seller: { ...i.seller, address: { ...i.seller.address, postalCode: '1234' } } }),
  },
  {
    name: 'seller building number of three digits',
    rule: 'BR-KSA-37',
    apply: (i) => ({
      ...i,
      seller: { ...i.seller, address: { ...i.seller.address, buildingNumber: '123' } },
    }),
  },
  {
    name: 'seller city empty',
    rule: 'BR-KSA-F-06-C7',
    apply: (i) => ({ ...i, seller: { ...i.seller, address: { ...i.seller.address, city: '' } } }),
  },
  { name: 'invoice number missing', rule: 'BR-02', apply: (i) => ({ ...i, id: '' }) },
  { name: 'UUID of the wrong form', rule: 'uuid-format', apply: (i) => ({ ...i, uuid: 'not-a-uuid' }) },
  { name: 'issue time without seconds', rule: 'BR-KSA-70', apply: (i) => ({ ...i, issueTime: '10:15' }) },
  { name: 'unknown currency', rule: 'BR-KSA-CL-01', apply: (i) => ({ ...i, currency: 'XYZ' }) },
  { name: 'no lines', rule: 'BR-16', apply: (i) => ({ ...i, lines: [] }) },
  {
    name: 'line quantity written as a number',
    rule: 'decimal-format',
    apply: (i) => withFirstLine(i, { quantity: 3 as never }),
  },
  {
    name: 'line price with letters',
    rule: 'decimal-format',
    apply: (i) => withFirstLine(i, { price: '12a' }),
  },
  { name: 'line name missing', rule: 'BR-25', apply: (i) => withFirstLine(i, { name: '' }) },
  {
    name: 'standard-rated line at 0%',
    rule: 'BR-S-05',
    apply: (i) => withFirstLine(i, { taxCategory: 'S', taxRate: '0' }),
  },
  {
    name: 'unknown tax category',
    rule: 'BR-CL-18',
    apply: (i) => withFirstLine(i, { taxCategory: 'X' as never }),
  },
  {
    name: 'note without its reason',
    rule: 'BR-KSA-17',
    appliesTo: isNote,
    apply: (i) => ({ ...i, noteReason: undefined }) as Invoice,
  },
  {
    name: 'buyer VAT number of the wrong form',
    rule: 'BR-KSA-44',
    appliesTo: isStandard,
    apply: (i) => ({ ...i, buyer: { ...i.buyer!, vatNumber: '399999999800001' } }),
  },
  {
    name: 'standard document without buyer name',
    rule: 'BR-KSA-42',
    appliesTo: isStandard,
    apply: (i) => ({ ...i, buyer: { ...i.buyer!, name: '' } }),
  },
  {
    name: 'self-billed simplified document',
    rule: 'BR-KSA-31',
    appliesTo: (i) => !isStandard(i),
    apply: (i) => ({ ...i, transaction: { ...i.transaction, selfBilled: true } }),
  },
];
