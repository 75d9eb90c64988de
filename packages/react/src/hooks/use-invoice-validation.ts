/**
 * Live faults of a draft: `invoiceValidation` (in `state/`) rerun when the draft, the clock or the
 * rule set changes, grouped by model path so that each form field finds its own
 * (`seller.vatNumber`, `lines[2].taxRate`), with counts of errors and warnings.
 */
import type { Invoice, InvoiceDraft } from '@fatoora/core/model';
import type { PrepareOptions } from '@fatoora/core/pipeline';
import { type InvoiceValidationState, invoiceValidation } from '../state/invoice-validation.ts';
import { useDraftMemo } from './use-draft-memo.ts';

/** Options of {@link useInvoiceValidation}. */
export interface UseInvoiceValidationOptions {
  /** The clock for date rules (BR-KSA-04, BR-KSA-98) and the stand-in issue date. Default: now. */
  readonly now?: Date;
  /** ZATCA's rule set. Default: the newest, `238-R4.0.0` (`DEFAULT_RULE_SET`). */
  readonly ruleSet?: PrepareOptions['ruleSet'];
}

/**
 * The faults of a draft, revalidated when it changes.
 *
 * @throws {XmlError} never for a model; only `validateInvoice`'s own programming errors escape.
 * @example
 * ```tsx
 * const { byPath, valid } = useInvoiceValidation(draft);
 * byPath.get('seller.vatNumber')?.map((fault) => fault.rule); // ['BR-KSA-40']
 * ```
 */
export function useInvoiceValidation(
  draft: InvoiceDraft | Invoice,
  options: UseInvoiceValidationOptions = {},
): InvoiceValidationState {
  return useDraftMemo(draft, options, invoiceValidation);
}
