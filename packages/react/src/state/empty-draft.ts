/**
 * The blank draft a new invoice form starts from: a simplified tax invoice in SAR with one line at
 * the standard rate, and empty seller fields to fill in. The EGS unit assigns the ICV, PIH, UUID
 * and, when left out, the issue date and time.
 */
import type { InvoiceDraft, InvoiceLine } from '@fatoora/core/model';

/**
 * A new line: one piece at the standard rate (15 %).
 *
 * @example
 * ```ts
 * emptyLine('2'); // { id: '2', name: '', quantity: '1', unitCode: 'PCE', price: '0.00', taxCategory: 'S', taxRate: '15' }
 * ```
 */
export function emptyLine(id: string): InvoiceLine {
  return { id, name: '', quantity: '1', unitCode: 'PCE', price: '0.00', taxCategory: 'S', taxRate: '15' };
}

/**
 * A blank simplified tax invoice.
 *
 * @example
 * ```ts
 * const [draft, setDraft] = useState(emptyInvoiceDraft);
 * ```
 */
export function emptyInvoiceDraft(): InvoiceDraft {
  return {
    id: '',
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
      name: '',
      vatNumber: '',
      address: {
        street: '',
        buildingNumber: '',
        citySubdivision: '',
        city: '',
        postalCode: '',
        country: 'SA',
      },
    },
    lines: [emptyLine('1')],
  };
}
