/**
 * A valid simplified tax invoice draft for the kit's tests: a real seller address (building
 * number, district, postal code), one standard-rate line of 2 × 50.00.
 */
import type { InvoiceDraft } from '@fatoora/core/egs';

/**
 * A draft the validator accepts (its ICV, PIH and UUID are the unit's to assign).
 *
 * @example
 * ```ts
 * invoiceValidation(sampleDraft(), { now: TEST_NOW }).valid; // true
 * ```
 */
export function sampleDraft(): InvoiceDraft {
  return {
    id: 'INV-100',
    issueDate: '2024-03-05',
    issueTime: '10:15:00',
    typeCode: '388',
    transaction: {
      subtype: 'simplified',
      thirdParty: false,
      nominal: false,
      export: false,
      summary: false,
      selfBilled: false,
    },
    currency: 'SAR',
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
    lines: [
      {
        id: '1',
        name: 'Book',
        quantity: '2',
        unitCode: 'PCE',
        price: '50.00',
        taxCategory: 'S',
        taxRate: '15',
      },
    ],
  };
}

/**
 * The clock the tests validate with: the sample's issue day, after its issue time.
 *
 * @example
 * ```ts
 * <InvoiceForm validation={{ now: TEST_NOW }} />
 * ```
 */
export const TEST_NOW = new Date('2024-03-05T09:00:00Z');
