/**
 * Issues a CSID: the CA certifies the checked CSR, and the platform answers with a new request id,
 * the `binarySecurityToken` (base64 of the certificate's base64 DER), a fresh secret, the token
 * type and `ISSUED`. The simulator files the CSID by a digest of its token and keeps only a
 * digest of the secret.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { FatooraEnvironment } from '@fatoora/core/model';
import { base64 } from '@scure/base';
import type { CertificateAuthority } from '../ca/certificate-authority.ts';
import type { CheckedCsr } from '../ca/read-csr.ts';
import type { CsidRecord, SimulatorState } from '../store/state.ts';
import { secretDigest, tokenKey } from './credential-digests.ts';

/** The body of a CSID answer (#1, #3, #4). */
export interface CsidAnswer {
  /** A JSON number, as the platform sends it. */
  readonly requestID: number;
  readonly tokenType: string;
  readonly dispositionMessage: 'ISSUED';
  readonly binarySecurityToken: string;
  readonly secret: string;
  readonly errors: null;
}

/** What kind of CSID to issue, where, and for which EGS unit. */
export interface CsidRequest {
  readonly kind: CsidRecord['kind'];
  readonly environment: FatooraEnvironment;
  /** The EGS unit's id; a compliance CSID starts a new unit (its own request id). */
  readonly egsId?: string;
  readonly now: Date;
}

/**
 * The `tokenType` of an issued CSID.
 *
 * @example
 * ```ts
 * answer.tokenType === TOKEN_TYPE; // true for ISSUED
 * ```
 */
export const TOKEN_TYPE =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3';

/**
 * Issues a CSID and files it in `state.csids`.
 *
 * @example
 * ```ts
 * const { record, answer } = issueCsid(state, authority, csr, { kind: 'compliance', environment: 'simulation', now });
 * answer.dispositionMessage; // 'ISSUED'
 * ```
 */
export function issueCsid(
  state: SimulatorState,
  authority: CertificateAuthority,
  csr: CheckedCsr,
  request: CsidRequest,
): { record: CsidRecord; answer: CsidAnswer } {
  const certificate = authority.issue(csr, request.now);
  const binarySecurityToken = base64.encode(new TextEncoder().encode(certificate.base64));
  const secret = base64.encode(new Uint8Array(randomBytes(32)));
  const requestID = newRequestId(state);
  const record: CsidRecord = {
    requestID: String(requestID),
    kind: request.kind,
    environment: request.environment,
    certificate: certificate.base64,
    secretHash: secretDigest(secret),
    egsId: request.egsId ?? String(requestID),
    issuedAt: request.now.toISOString(),
  };
  state.csids[tokenKey(binarySecurityToken)] = record;
  return {
    record,
    answer: {
      requestID,
      tokenType: TOKEN_TYPE,
      dispositionMessage: 'ISSUED',
      binarySecurityToken,
      secret,
      errors: null,
    },
  };
}

/**
 * A 13-digit request id no CSID has yet (ZATCA's are of that size).
 *
 * @example
 * ```ts
 * newRequestId(state); // 4815162342108
 * ```
 */
export function newRequestId(state: SimulatorState): number {
  const taken = new Set(Object.values(state.csids).map((csid) => csid.requestID));
  let id: number;
  do id = randomInt(1_000_000_000_000, 9_999_999_999_999);
  while (taken.has(String(id)));
  return id;
}
