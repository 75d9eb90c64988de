/**
 * Fixtures for the EGS unit tests: the SDK unit's CSR configuration, a unit record already holding
 * a production CSID made of the SDK's test certificate (so issuing can be tested without a
 * platform), and (from `egs-drafts.ts`) drafts of the six document kinds from the scenario corpus.
 */

import { parseCertificate } from '../../src/crypto/certificate.ts';
import { importPrivateKey } from '../../src/crypto/keys.ts';
import type { PrivateKey } from '../../src/crypto/private-key.ts';
import type { EgsUnitRecord } from '../../src/egs/store/store.ts';
import { encodeBase64 } from '../../src/encoding/base64.ts';
import { utf8Encode } from '../../src/encoding/utf8.ts';
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '../../src/model/document-kinds.ts';
import { sdkCertificateText, sdkPrivateKeyText } from '../samples.ts';
import { sdkCsrConfig } from './egs-drafts.ts';

export { draftOf, sdkCsrConfig } from './egs-drafts.ts';

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
    passedComplianceChecks: Object.keys(DOCUMENT_KINDS) as ComplianceDocumentKind[],
    productionCsid: csid,
    createdAt: '2024-05-01T07:00:00.000Z',
    updatedAt: '2024-05-01T07:00:00.000Z',
  };
}
