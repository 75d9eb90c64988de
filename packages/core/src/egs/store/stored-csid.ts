/**
 * A CSID answer as an EGS unit keeps it (`StoredCsid`): the request id, the token and secret that
 * authenticate later calls, the certificate as base64 DER, and its notAfter — the CSID's expiry,
 * decoded once from the certificate so that `status()` needs no parsing. And back: the credentials
 * a stored CSID gives the API client.
 */
import type { FatooraCredentials } from '../../api/credentials.ts';
import type { CsidResult } from '../../api/csid-result.ts';
import type { StoredCsid } from './store.ts';

/**
 * The stored form of a CSID answer.
 *
 * @example
 * ```ts
 * const stored = toStoredCsid(await client.requestComplianceCsid({ csr, otp }));
 * stored.expiresAt; // '2026-05-01T10:00:00.000Z'
 * ```
 */
export function toStoredCsid(result: CsidResult): StoredCsid {
  return {
    requestId: result.requestId,
    binarySecurityToken: result.binarySecurityToken,
    secret: result.secret,
    certificate: result.certificate.base64,
    expiresAt: result.certificate.notAfter.toISOString(),
  };
}

/**
 * The credentials of a stored CSID.
 *
 * @example
 * ```ts
 * const production = client.withCredentials(credentialsOf(unit.productionCsid));
 * ```
 */
export function credentialsOf(csid: StoredCsid): FatooraCredentials {
  return { binarySecurityToken: csid.binarySecurityToken, secret: csid.secret };
}
