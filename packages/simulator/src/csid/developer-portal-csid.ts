/**
 * The production CSID of ZATCA's developer portal: the same canned certificate for every caller,
 * whatever CSR was sent — the SDK's test certificate for VAT 399999999900003, with the secret of
 * the portal's OpenAPI examples (fatoora-api.md §2, §10; core's `DEVELOPER_PORTAL_CSID`). Anyone may
 * authenticate with it on the developer portal, onboarded or not, as its credentials are public;
 * the documents reported and cleared with it are signed with the SDK's test key. Every unit shares
 * it, so on the developer portal the simulator keeps one chain for it.
 */
import { type Certificate, parseCertificate } from '@fatoora/core/crypto';
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import type { CsidRecord } from '../store/state.ts';
import { secretDigest } from './credential-digests.ts';
import { TOKEN_TYPE } from './issue-csid.ts';

/** The EGS id under which the canned CSID's chain and submissions are kept. */
export const DEVELOPER_PORTAL_EGS_ID = 'developer-portal-csid';

let certificate: Certificate | undefined;

/**
 * The canned certificate, parsed once.
 *
 * @example
 * ```ts
 * developerPortalCertificate().egs.vatNumber; // '399999999900003'
 * ```
 */
export function developerPortalCertificate(): Certificate {
  certificate ??= parseCertificate(DEVELOPER_PORTAL_CSID.certificate);
  return certificate;
}

/**
 * The canned CSID as the simulator files a CSID: a production CSID of the developer portal.
 *
 * @example
 * ```ts
 * developerPortalCsid().kind; // 'production'
 * ```
 */
export function developerPortalCsid(): CsidRecord {
  return {
    requestID: DEVELOPER_PORTAL_EGS_ID,
    kind: 'production',
    environment: 'developer-portal',
    certificate: DEVELOPER_PORTAL_CSID.certificate,
    secretHash: secretDigest(DEVELOPER_PORTAL_CSID.secret),
    egsId: DEVELOPER_PORTAL_EGS_ID,
    issuedAt: developerPortalCertificate().notBefore.toISOString(),
  };
}

/**
 * The answer body of a production CSID request (#3, or a renewal #4) on the developer portal.
 *
 * @example
 * ```ts
 * developerPortalCsidAnswer(1718000000000).binarySecurityToken === DEVELOPER_PORTAL_CSID.binarySecurityToken; // true
 * ```
 */
export function developerPortalCsidAnswer(requestID: number) {
  return {
    requestID,
    tokenType: TOKEN_TYPE,
    dispositionMessage: 'ISSUED',
    binarySecurityToken: DEVELOPER_PORTAL_CSID.binarySecurityToken,
    secret: DEVELOPER_PORTAL_CSID.secret,
    errors: null,
  } as const;
}
