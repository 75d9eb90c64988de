/**
 * Drafts for core's EGS unit tests: the SDK sample unit's CSR configuration (its seller, VAT number
 * 399999999900003, is the one the scenario corpus sells as) and a draft of each of the six document
 * kinds, both from `@fatoora/test-support`, typed with core's own types.
 */
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import { sampleDraft } from '@fatoora/test-support/sample-invoice';
import type { CsrConfig } from '../../src/csr/csr-config.ts';
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '../../src/model/document-kinds.ts';
import type { InvoiceDraft } from '../../src/model/invoice-draft.ts';

/** The CSR configuration of the SDK's sample unit (both subtypes enabled). */
export const sdkCsrConfig: CsrConfig = SAMPLE_CSR_CONFIG;

/** A draft of one document kind (the scenario corpus's plain document, dated when issued). */
export function draftOf(kind: ComplianceDocumentKind, id = `${kind}-1`): InvoiceDraft {
  return sampleDraft(DOCUMENT_KINDS[kind], id);
}
