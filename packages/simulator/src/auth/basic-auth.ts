/**
 * Authentication of calls #2–#6: `Authorization: Basic base64(binarySecurityToken:secret)` must
 * name a CSID this simulator issued — or, on the developer portal, the portal's canned production
 * CSID, whose credentials are public — with its secret, in the environment of the request's path,
 * of the kind the endpoint needs (a compliance CSID for the compliance check and the production
 * CSID request, a production CSID for renewal, reporting and clearance), and unexpired. CSIDs are
 * found by a SHA-256 digest of their token and secrets compared by digest in constant time. A
 * refusal says why (`unknown`: no such CSID or a wrong secret; `elsewhere`: a CSID of another
 * environment or kind; `expired`), for the endpoint to answer as the platform does — a 401 in
 * general, `Invalid-CurrentCCSID` from the production CSID request.
 */
import { timingSafeEqual } from 'node:crypto';
import { type Certificate, parseCertificate } from '@fatoora/core/crypto';
import { DEVELOPER_PORTAL_CSID, type FatooraEnvironment } from '@fatoora/core/model';
import { base64 } from '@scure/base';
import { secretDigest, tokenKey } from '../csid/credential-digests.ts';
import { developerPortalCertificate, developerPortalCsid } from '../csid/developer-portal-csid.ts';
import type { CsidRecord, SimulatorState } from '../store/state.ts';

/** Why a call was not authenticated. */
export type AuthenticationRefusal = 'unknown' | 'elsewhere' | 'expired';

/** The outcome of authenticating a call. */
export type Authentication =
  | { readonly ok: true; readonly csid: CsidRecord; readonly certificate: Certificate }
  | { readonly ok: false; readonly refusal: AuthenticationRefusal };

/**
 * Authenticates a call from its `Authorization` header.
 *
 * @example
 * ```ts
 * const auth = authenticate(request.headers.authorization, state, 'simulation', 'production', new Date());
 * if (!auth.ok) return unauthorized(now);
 * ```
 */
export function authenticate(
  header: string | undefined,
  state: SimulatorState,
  environment: FatooraEnvironment,
  kind: CsidRecord['kind'],
  now: Date,
): Authentication {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  let credentials: string;
  try {
    if (!match) throw new Error('no Basic credentials');
    credentials = new TextDecoder('utf-8', { fatal: true }).decode(base64.decode(match[1]!));
  } catch {
    return { ok: false, refusal: 'unknown' };
  }
  const colon = credentials.indexOf(':');
  const token = colon === -1 ? credentials : credentials.slice(0, colon);
  const secret = colon === -1 ? '' : credentials.slice(colon + 1);
  const canned = token === DEVELOPER_PORTAL_CSID.binarySecurityToken && environment === 'developer-portal';
  const csid = canned ? developerPortalCsid() : state.csids[tokenKey(token)];
  const expected = Buffer.from(csid?.secretHash ?? '0'.repeat(64), 'hex');
  const secretMatches = timingSafeEqual(Buffer.from(secretDigest(secret), 'hex'), expected);
  if (!csid || !secretMatches) return { ok: false, refusal: 'unknown' };
  if (csid.environment !== environment || csid.kind !== kind) return { ok: false, refusal: 'elsewhere' };
  const certificate = canned ? developerPortalCertificate() : parseCertificate(csid.certificate);
  if (certificate.notAfter.getTime() < now.getTime()) return { ok: false, refusal: 'expired' };
  return { ok: true, csid, certificate };
}
