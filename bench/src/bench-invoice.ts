/**
 * The benchmarks' own invoice model: the SDK sample seller's simplified invoice with the bench's
 * ten lines (`LINES`) repeated to any length. The ten-line one is the typical invoice every
 * benchmark compares; longer ones give the 1 MB invoice of the reading benchmark.
 */
import { FIRST_PREVIOUS_INVOICE_HASH, type Invoice } from '@fatoora/core';
import { LINES } from './competitors.ts';

/**
 * A simplified invoice with `lineCount` lines, cycling through the bench's ten.
 *
 * @example
 * ```ts
 * buildInvoice(benchInvoice(10)).xml; // the typical ten-line invoice
 * ```
 */
export function benchInvoice(lineCount: number = LINES.length): Invoice {
  return {
    id: 'SME00010',
    uuid: '6f4d20e0-6bfe-4a80-9389-7dabe6620f12',
    issueDate: '2024-05-01',
    issueTime: '17:41:08',
    typeCode: '388',
    transaction: {
      subtype: 'simplified',
      thirdParty: false,
      nominal: false,
      export: false,
      summary: false,
      selfBilled: false,
    },
    counter: 1,
    previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
    seller: {
      name: 'Maximum Speed Tech Supply LTD',
      vatNumber: '399999999900003',
      identification: { scheme: 'CRN', value: '1010010000' },
      address: {
        street: 'Prince Sultan',
        buildingNumber: '2322',
        citySubdivision: 'Al-Murabba',
        city: 'Riyadh',
        postalCode: '23333',
        country: 'SA',
      },
    },
    supplyDate: '2024-05-01',
    lines: Array.from({ length: lineCount }, (_, index) => {
      const [name, quantity, price] = LINES[index % LINES.length]!;
      return {
        id: String(index + 1),
        name,
        quantity: String(quantity),
        price: price.toFixed(2),
        taxCategory: 'S',
        taxRate: '15',
      };
    }),
  };
}
