/**
 * Invoice models for tests: the six document kinds (standard and simplified × invoice, credit
 * note, debit note) of `@fatoora/test-support`'s sample invoice, built on the SDK samples' seller
 * and buyer, typed with core's own types, and the scenario corpus: every variant ZATCA allows on
 * each of them.
 */
import { sampleInvoice } from '@fatoora/test-support/sample-invoice';
import type { Invoice } from '../../src/model/invoice.ts';
import type { TransactionCode } from '../../src/model/transaction-code.ts';

export { SAMPLE_BUYER, SAMPLE_SELLER } from '@fatoora/test-support/parties';

/** One of the six kinds. */
export function scenario(
  subtype: TransactionCode['subtype'],
  typeCode: Invoice['typeCode'],
  counter = 1,
): Invoice {
  return sampleInvoice(subtype, typeCode, counter);
}

/** All six kinds. */
export const sixKinds: readonly Invoice[] = (['standard', 'simplified'] as const).flatMap((subtype, s) =>
  (['388', '381', '383'] as const).map((typeCode, t) => scenario(subtype, typeCode, s * 3 + t + 1)),
);

type Variant = { readonly name: string; readonly apply: (invoice: Invoice) => Invoice };

const foreignBuyer = {
  name: 'مصنع فلوريدا للحديد | Florida Steel Factory',
  identification: { scheme: 'OTH', value: 'US0000001' },
  address: { street: 'Canadian Street', city: 'Houston', postalCode: '77001', country: 'US' },
} as const;

const withLines =
  (lines: Invoice['lines'], exemptions: Invoice['exemptions'] = []) =>
  (invoice: Invoice): Invoice => ({ ...invoice, lines, allowances: [], exemptions });

/** Variants applied to each of the six kinds where ZATCA allows them. */
const VARIANTS: readonly Variant[] = [
  { name: 'plain', apply: (invoice) => invoice },
  {
    name: 'zero-rated-medicines',
    apply: withLines(
      [{ id: '1', name: 'دواء | Medicine', quantity: '2', price: '35.50', taxCategory: 'Z', taxRate: '0' }],
      [
        {
          taxCategory: 'Z',
          reasonCode: 'VATEX-SA-35',
          reason: 'Medicines and medical equipment | الأدوية والمعدات الطبية',
        },
      ],
    ),
  },
  {
    name: 'exempt-financial',
    apply: withLines(
      [{ id: '1', name: 'رسوم | Fees', quantity: '1', price: '250.00', taxCategory: 'E', taxRate: '0' }],
      [
        {
          taxCategory: 'E',
          reasonCode: 'VATEX-SA-29',
          reason: 'Financial services mentioned in Article 29 of the VAT Regulations | الخدمات المالية',
        },
      ],
    ),
  },
  {
    name: 'out-of-scope',
    apply: withLines(
      [{ id: '1', name: 'تبرع | Donation', quantity: '1', price: '100.00', taxCategory: 'O', taxRate: '0' }],
      [
        {
          taxCategory: 'O',
          reasonCode: 'VATEX-SA-OOS',
          reason: 'Services outside scope of tax / Not subject to VAT | التوريدات الغير خاضعة للضريبة',
        },
      ],
    ),
  },
  {
    name: 'mixed-categories',
    apply: withLines(
      [
        { id: '1', name: 'كتاب | Book', quantity: '2', price: '45.00', taxCategory: 'S', taxRate: '15' },
        { id: '2', name: 'دواء | Medicine', quantity: '1', price: '20.00', taxCategory: 'Z', taxRate: '0' },
        { id: '3', name: 'رسوم | Fees', quantity: '1', price: '10.00', taxCategory: 'E', taxRate: '0' },
      ],
      [
        {
          taxCategory: 'Z',
          reasonCode: 'VATEX-SA-35',
          reason: 'Medicines and medical equipment | الأدوية والمعدات الطبية',
        },
        {
          taxCategory: 'E',
          reasonCode: 'VATEX-SA-29',
          reason: 'Financial services mentioned in Article 29 of the VAT Regulations | الخدمات المالية',
        },
      ],
    ),
  },
  {
    name: 'charges-and-base-quantity',
    apply: (invoice) => ({
      ...invoice,
      lines: [
        {
          id: '1',
          name: 'قماش | Fabric',
          quantity: '7.5',
          unitCode: 'MTR',
          price: '12.00',
          baseQuantity: '2',
          charges: [{ amount: '3.00', reasonCode: 'CAI', reason: 'Cutting' }],
          taxCategory: 'S',
          taxRate: '15',
        },
        {
          id: '2',
          name: 'هدية | Gift',
          quantity: '1',
          price: '9.99',
          allowances: [{ amount: '9.99', reasonCode: '95', reason: 'Free item' }],
          taxCategory: 'S',
          taxRate: '15',
        },
      ],
      allowances: [],
      charges: [{ amount: '12.50', reasonCode: 'DL', reason: 'Delivery', taxCategory: 'S', taxRate: '15' }],
    }),
  },
  {
    name: 'third-party',
    apply: (invoice) => ({ ...invoice, transaction: { ...invoice.transaction, thirdParty: true } }),
  },
  {
    name: 'summary',
    apply: (invoice) => ({
      ...invoice,
      transaction: { ...invoice.transaction, summary: true },
      supplyDate: '2024-04-01',
      supplyEndDate: '2024-04-30',
      // BR-KSA-71: a simplified summary invoice names its buyer.
      buyer: invoice.buyer ?? { name: 'مطعم الواحة | Al Waha Restaurant' },
    }),
  },
  {
    name: 'nominal-supply',
    apply: (invoice) => ({
      ...invoice,
      transaction: { ...invoice.transaction, nominal: true },
      lines: [
        { id: '1', name: 'هدية | Gift', quantity: '1', price: '300.00', taxCategory: 'S', taxRate: '15' },
      ],
      allowances: [],
    }),
  },
  {
    name: 'price-discount-and-rounding',
    apply: (invoice) => ({
      ...invoice,
      lines: [
        {
          id: '1',
          name: 'حاسوب | Laptop',
          quantity: '1',
          price: '869.57',
          grossPrice: '900.00',
          taxCategory: 'S',
          taxRate: '15',
        },
      ],
      allowances: [],
      // 869.57 + 130.44 VAT = 1000.01: rounded down to 1000.00 (BT-114).
      payableRoundingAmount: '-0.01',
    }),
  },
  {
    name: 'zero-value-line-and-five-percent',
    apply: (invoice) => ({
      ...invoice,
      lines: [
        ...invoice.lines,
        {
          id: '4',
          name: 'عينة | Free sample',
          quantity: '1',
          price: '0.00',
          taxCategory: 'S',
          taxRate: '15',
        },
        { id: '5', name: 'سكن | Housing', quantity: '1', price: '1000.00', taxCategory: 'S', taxRate: '5' },
      ],
    }),
  },
  {
    name: 'arabic-notes',
    apply: (invoice) => ({ ...invoice, notes: ['شكراً لتعاملكم معنا', 'Thank you & see you <soon>'] }),
  },
];

const advance = {
  lineId: '9',
  name: 'دفعة مقدمة | Advance payment',
  invoiceId: 'ADV-001',
  invoiceUuid: '7c1e4b5a-2f0d-4c4e-9a55-3f5e2b1d0a01',
  issueDate: '2024-04-15',
  issueTime: '09:00:00',
} as const;

/** Standard-only variants. */
const STANDARD_VARIANTS: readonly Variant[] = [
  {
    name: 'prepayment',
    apply: (invoice) => ({
      ...invoice,
      prepayments: [{ ...advance, taxableAmount: '50.00', taxCategory: 'S', taxRate: '15' }],
    }),
  },
  {
    name: 'prepayment-rate-change',
    apply: (invoice) => ({
      ...invoice,
      prepayments: [
        { ...advance, taxableAmount: '40.00', taxCategory: 'S', taxRate: '5' },
        {
          ...advance,
          lineId: '10',
          invoiceId: 'ADV-002',
          taxableAmount: '20.00',
          taxCategory: 'S',
          taxRate: '15',
        },
      ],
    }),
  },
  {
    name: 'foreign-currency-with-prepayment',
    apply: (invoice) => ({
      ...invoice,
      currency: 'USD',
      exchangeRate: '3.75',
      prepayments: [{ ...advance, taxableAmount: '30.00', taxCategory: 'S', taxRate: '15' }],
    }),
  },
  {
    name: 'foreign-currency-agreed-sar-tax',
    apply: (invoice) => ({ ...invoice, currency: 'EUR', taxAmountInSar: '92.14' }),
  },
  {
    name: 'self-billed',
    apply: (invoice) => ({ ...invoice, transaction: { ...invoice.transaction, selfBilled: true } }),
  },
  {
    name: 'export',
    apply: (invoice) => ({
      ...withLines(
        [{ id: '1', name: 'حديد | Steel', quantity: '10', price: '150.00', taxCategory: 'Z', taxRate: '0' }],
        [
          {
            taxCategory: 'Z',
            reasonCode: 'VATEX-SA-32',
            reason: 'Export of goods | صادرات السلع من المملكة',
          },
        ],
      )(invoice),
      transaction: { ...invoice.transaction, export: true },
      buyer: foreignBuyer,
    }),
  },
];

/** The scenario corpus: every variant ZATCA allows on each of the six kinds. */
export const scenarioCorpus: readonly { readonly name: string; readonly invoice: Invoice }[] =
  sixKinds.flatMap((base) =>
    [...VARIANTS, ...(base.transaction.subtype === 'standard' ? STANDARD_VARIANTS : [])].map((variant) => {
      const invoice = variant.apply(base);
      return {
        name: `${base.id}-${variant.name}`,
        invoice: { ...invoice, id: `${base.id}-${variant.name}` },
      };
    }),
  );
