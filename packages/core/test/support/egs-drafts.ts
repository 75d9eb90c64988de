/**
 * Drafts for EGS unit tests: the SDK sample unit's CSR configuration (its seller, VAT number
 * 399999999900003, is the one the scenario corpus sells as) and a draft of each of the six document
 * kinds from that corpus. Free of vitest and of Vite's `?raw` imports, so that child processes run
 * under tsx (the crash tests' workers) can issue the same documents as the tests themselves.
 */
import type { CsrConfig } from '../../src/csr/csr-config.ts';
import { EGS_DOCUMENT_KINDS } from '../../src/egs/document-kinds.ts';
import type { ComplianceDocumentKind } from '../../src/egs/store.ts';
import type { InvoiceDraft } from '../../src/model/invoice-draft.ts';
import { scenario } from './scenarios.ts';

/** The CSR configuration of the SDK's sample unit (both subtypes enabled). */
export const sdkCsrConfig: CsrConfig = {
  commonName: 'TST-886431145-399999999900003',
  egsSerialNumber: '1-TST|2-TST|3-ed22f1d8-e6a2-1118-9b58-d9a8f11e445f',
  vatNumber: '399999999900003',
  organizationUnitName: 'Riyadh Branch',
  organizationName: 'Maximum Speed Tech Supply LTD',
  countryName: 'SA',
  invoiceType: '1100',
  location: 'RRRD2929',
  industry: 'Supply activities',
};

/** A draft of one document kind (the scenario corpus's plain document, dated now). */
export function draftOf(kind: ComplianceDocumentKind, id = `${kind}-1`): InvoiceDraft {
  const { subtype, typeCode } = EGS_DOCUMENT_KINDS[kind];
  const { counter, previousInvoiceHash, uuid, issueDate, issueTime, ...draft } = scenario(subtype, typeCode);
  return { ...draft, id };
}
