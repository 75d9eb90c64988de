/**
 * Fixtures for the EGS unit tests: the SDK unit's CSR configuration, a unit record already holding
 * a production CSID made of the SDK's test certificate (so issuing can be tested without a
 * platform), and drafts of the six document kinds from the scenario corpus.
 */

import { parseCertificate } from '../../src/crypto/certificate.ts';
import { importPrivateKey } from '../../src/crypto/keys.ts';
import type { PrivateKey } from '../../src/crypto/private-key.ts';
import type { CsrConfig } from '../../src/csr/csr-config.ts';
import { EGS_DOCUMENT_KINDS } from '../../src/egs/document-kinds.ts';
import type { InvoiceDraft } from '../../src/egs/invoice-draft.ts';
import type { ComplianceDocumentKind, EgsUnitRecord } from '../../src/egs/store.ts';
import { encodeBase64 } from '../../src/encoding/base64.ts';
import { utf8Encode } from '../../src/encoding/utf8.ts';
import { sdkCertificateText, sdkPrivateKeyText } from '../samples.ts';
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

/** The SDK's test key, which fits its test certificate. */
export function sdkPrivateKey(): PrivateKey {
  return importPrivateKey(sdkPrivateKeyText);
}

/** A unit record as onboarding leaves it, with the SDK certificate as its production CSID. */
export function onboardedSdkRecord(unitId: string): EgsUnitRecord {
  const certificate = parseCertificate(sdkCertificateText);
  const csid = {
    requestId: '1234567890123',
    binarySecurityToken: encodeBase64(utf8Encode(certificate.base64)),
    secret: 'test-secret',
    certificate: certificate.base64,
    expiresAt: certificate.notAfter.toISOString(),
  };
  return {
    id: unitId,
    csrConfig: { ...sdkCsrConfig },
    complianceCsid: csid,
    passedComplianceChecks: Object.keys(EGS_DOCUMENT_KINDS) as ComplianceDocumentKind[],
    productionCsid: csid,
    createdAt: '2024-05-01T07:00:00.000Z',
    updatedAt: '2024-05-01T07:00:00.000Z',
  };
}

/** A draft of one document kind (the scenario corpus's plain document, dated now). */
export function draftOf(kind: ComplianceDocumentKind, id = `${kind}-1`): InvoiceDraft {
  const { subtype, typeCode } = EGS_DOCUMENT_KINDS[kind];
  const { counter, previousInvoiceHash, uuid, issueDate, issueTime, ...draft } = scenario(subtype, typeCode);
  return { ...draft, id };
}
