/**
 * What submitting needs of an EGS unit: issue a draft (ICV, PIH and UUID assigned, signed, stored,
 * then cleared or reported). `Egs` of `@fatoora/core/egs` satisfies it as it is.
 */
import type { IssuedInvoice, IssueOptions } from '@fatoora/core/egs';
import type { InvoiceDraft } from '@fatoora/core/model';

/**
 * The part of an `Egs` that `useSubmission` drives.
 *
 * @example
 * ```ts
 * const driver: SubmissionDriver = egs;
 * const issued = await driver.issue(draft, { reportNow: true });
 * ```
 */
export interface SubmissionDriver {
  /**
   * Issues a document and sends it (a simplified one only with `reportNow`).
   *
   * @throws {ValidationError} with the document's error faults (nothing is stored).
   * @throws {EgsError} `not-onboarded`, `private-key-missing`.
   */
  issue(draft: InvoiceDraft, options?: IssueOptions): Promise<IssuedInvoice>;
}
