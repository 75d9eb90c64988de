/**
 * Issued-invoice results for submission tests, shaped as `Egs.issue` returns them.
 */
import type { IssuedInvoice } from '@fatoora/core/egs';

/**
 * An issued simplified invoice in the given state.
 *
 * @example
 * ```ts
 * issuedInvoice({ state: 'reported', messages: [warning] });
 * ```
 */
export function issuedInvoice(overrides: Partial<IssuedInvoice> = {}): IssuedInvoice {
  return {
    counter: 7,
    previousInvoiceHash: 'cGloCg==',
    invoiceHash: 'aGFzaAo=',
    id: 'INV-100',
    uuid: '6f4d20e0-6bfe-4a80-9389-7dabe6620f12',
    kind: 'simplified-invoice',
    issuedAt: '2024-03-05T07:15:00.000Z',
    deadline: '2024-03-06T07:15:00.000Z',
    state: 'reported',
    route: 'reporting',
    signedXml: '<Invoice/>',
    messages: [],
    attempts: 1,
    ...overrides,
  };
}

/**
 * A warning as ZATCA writes it.
 *
 * @example
 * ```ts
 * issuedInvoice({ messages: [ZATCA_WARNING] });
 * ```
 */
export const ZATCA_WARNING = {
  type: 'WARNING',
  code: 'BR-KSA-98',
  category: 'KSA',
  message: 'The simplified invoice should be submitted within 24 hours of issuing the invoice.',
  status: 'WARNING',
} as const;

/**
 * An error as ZATCA writes it.
 *
 * @example
 * ```ts
 * issuedInvoice({ state: 'rejected', messages: [ZATCA_ERROR] });
 * ```
 */
export const ZATCA_ERROR = {
  type: 'ERROR',
  code: 'BR-KSA-40',
  category: 'KSA',
  message: 'Seller VAT registration number must contain 15 digits.',
  status: 'ERROR',
} as const;
