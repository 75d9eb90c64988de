/**
 * Reporting an onboarded unit's next simplified invoice with its production CSID: the step many
 * tests take to move a unit's chain on before the call they are about, or after it to show that
 * the chain carries on.
 */
import type { InvoiceResult } from '@fatoora/core/api';
import type { OnboardedEgs } from './onboarding.ts';
import type { SignedDocument } from './test-egs.ts';

/** A reported document and the platform's answer to it. */
export interface ReportedDocument {
  readonly document: SignedDocument;
  readonly result: InvoiceResult;
}

/**
 * Reports `unit`'s next simplified invoice (388); the unit's chain moves on to it.
 *
 * @throws the client's error when the platform refuses the call.
 * @example
 * ```ts
 * const { document: first } = await reportNext(shared.unit);
 * ```
 */
export async function reportNext(unit: OnboardedEgs): Promise<ReportedDocument> {
  const document = unit.egs.next({ subtype: 'simplified', typeCode: '388' });
  const result = await unit.client.reportInvoice({
    invoice: document.xml,
    invoiceHash: document.invoiceHash,
  });
  return { document, result };
}
