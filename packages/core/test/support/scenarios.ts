/**
 * Invoice models for tests: the six document kinds (standard and simplified × invoice, credit
 * note, debit note) built on the SDK samples' seller and buyer.
 */
import type { Invoice } from '../../src/model/invoice.ts';
import type { TransactionCode } from '../../src/model/transaction-code.ts';

const FIRST_PIH = 'NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==';
const flags = { thirdParty: false, nominal: false, export: false, summary: false, selfBilled: false };

const seller = {
  name: 'شركة توريد التكنولوجيا بأقصى سرعة المحدودة | Maximum Speed Tech Supply LTD',
  vatNumber: '399999999900003',
  identification: { scheme: 'CRN', value: '1010010000' },
  address: {
    street: 'الامير سلطان | Prince Sultan',
    buildingNumber: '2322',
    citySubdivision: 'المربع | Al-Murabba',
    city: 'الرياض | Riyadh',
    postalCode: '23333',
    country: 'SA',
  },
} as const;

const buyer = {
  name: 'شركة نماذج فاتورة المحدودة | Fatoora Samples LTD',
  vatNumber: '399999999800003',
  address: {
    street: 'صلاح الدين | Salah Al-Din',
    buildingNumber: '1111',
    citySubdivision: 'المروج | Al-Murooj',
    city: 'الرياض | Riyadh',
    postalCode: '12222',
    country: 'SA',
  },
} as const;

/** One of the six kinds. */
export function scenario(
  subtype: TransactionCode['subtype'],
  typeCode: Invoice['typeCode'],
  counter = 1,
): Invoice {
  const note = typeCode !== '388';
  return {
    id: `${subtype === 'standard' ? 'STD' : 'SMP'}-${typeCode}-${counter}`,
    uuid: `3cf5ee18-ee25-44ea-a444-2c37ba7f${String(1000 + counter).padStart(4, '0')}`,
    issueDate: '2024-05-01',
    issueTime: '10:15:00',
    typeCode,
    transaction: { subtype, ...flags },
    counter,
    previousInvoiceHash: FIRST_PIH,
    ...(note ? { billingReference: 'SME00023', noteReason: 'Returned items | إرجاع بضاعة' } : {}),
    seller,
    ...(subtype === 'standard' ? { buyer } : {}),
    supplyDate: '2024-05-01',
    paymentMeansCode: '10',
    lines: [
      { id: '1', name: 'كتاب | Book', quantity: '3', price: '40.00', taxCategory: 'S', taxRate: '15' },
      {
        id: '2',
        name: 'قلم | Pen',
        quantity: '12.5',
        price: '4.10',
        allowances: [{ amount: '1.25', reason: 'Discount' }],
        taxCategory: 'S',
        taxRate: '15',
      },
      { id: '3', name: 'ورق | Paper', quantity: '0.333', price: '10.00', taxCategory: 'S', taxRate: '15' },
    ],
    allowances: [{ amount: '5.00', reason: 'Discount', taxCategory: 'S', taxRate: '15' }],
  };
}

/** All six kinds. */
export const sixKinds: readonly Invoice[] = (['standard', 'simplified'] as const).flatMap((subtype, s) =>
  (['388', '381', '383'] as const).map((typeCode, t) => scenario(subtype, typeCode, s * 3 + t + 1)),
);
