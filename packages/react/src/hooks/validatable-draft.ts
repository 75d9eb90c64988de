/**
 * A draft made checkable: `validateInvoice` wants a whole invoice, but the ICV, PIH and UUID of a
 * draft are the EGS unit's to assign, and a missing issue date or time is the unit's clock. Those
 * values, when absent, get stand-ins here (ICV 1, the first-document PIH, a fixed UUID, now in
 * Saudi time) so that only what the author wrote can fault. A draft that carries them keeps its own.
 */
import type { InvoiceDraft } from '@fatoora/core/egs';
import type { Invoice } from '@fatoora/core/model';
import { FIRST_PREVIOUS_INVOICE_HASH } from '@fatoora/core/signing';

/**
 * The UUID stand-in (a valid version-4 UUID).
 *
 * @example
 * ```ts
 * validatableDraft(draft, new Date()).uuid === DRAFT_UUID; // true for a draft without its own
 * ```
 */
export const DRAFT_UUID = '00000000-0000-4000-8000-000000000000';

/** Saudi Arabia keeps UTC+3 all year. */
const SAUDI_OFFSET_MS = 3 * 60 * 60 * 1000;

/**
 * The invoice to validate for a draft.
 *
 * @example
 * ```ts
 * validateInvoice(validatableDraft(draft, new Date()));
 * ```
 */
export function validatableDraft(draft: InvoiceDraft | Invoice, now: Date): Invoice {
  const saudi = new Date(now.getTime() + SAUDI_OFFSET_MS).toISOString();
  return {
    uuid: DRAFT_UUID,
    counter: 1,
    previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
    issueDate: saudi.slice(0, 10),
    issueTime: saudi.slice(11, 19),
    ...draft,
  } as Invoice;
}
