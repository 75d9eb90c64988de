/**
 * A valid simplified tax invoice draft for the kit's tests: the SDK samples' seller with its real
 * address (building number, district, postal code), one standard-rate line of 2 × 50.00.
 */
import type { InvoiceDraft } from '@fatoora/core/model';
import { SAMPLE_SELLER } from '@fatoora/test-support/parties';

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
    seller: SAMPLE_SELLER,
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
