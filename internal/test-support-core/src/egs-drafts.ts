/**
 * Drafts for EGS tests above core: the sample invoice of `@fatoora/test-support` as a draft of each
 * of the six document kinds of `@fatoora/core/model`. Free of vitest and of Vite's `?raw` imports,
 * so that child processes run under tsx (the crash tests' workers) can issue the same documents as
 * the tests themselves.
 */
import { type ComplianceDocumentKind, DOCUMENT_KINDS, type InvoiceDraft } from '@fatoora/core/model';
import { sampleDraft } from '@fatoora/test-support/sample-invoice';

/**
 * A draft of one document kind (the sample invoice, dated when it is issued).
 *
 * @example
 * ```ts
 * await egs.issue(draftOf('simplified-invoice', 'INV-7'));
 * ```
 */
export function draftOf(kind: ComplianceDocumentKind, id = `${kind}-1`): InvoiceDraft {
  return sampleDraft(DOCUMENT_KINDS[kind], id);
}
