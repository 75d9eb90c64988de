/**
 * Authentication of calls #2–#6: `Authorization: Basic base64(binarySecurityToken:secret)` must
 * name a CSID this simulator issued, in the environment of the request's path, of the kind the
 * endpoint needs (a compliance CSID for the compliance check and the production CSID request, a
 * production CSID for renewal, reporting and clearance), with its secret, and unexpired. CSIDs are
 * found by a SHA-256 digest of their token, and secrets compared by digest in constant time; no
 * credential is ever logged or echoed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type Certificate, parseCertificate } from '@fatoora/core/crypto';
import type { FatooraEnvironment } from '@fatoora/core/model';
import { base64 } from '@scure/base';
import type { CsidRecord, SimulatorState } from '../store/state.ts';

/** The outcome of authenticating a call. */
export type Authentication =
  | { readonly ok: true; readonly csid: CsidRecord; readonly certificate: Certificate }
  | { readonly ok: false; readonly message: string };

/**
 * The key a CSID is filed under: SHA-256 (hex) of its `binarySecurityToken`.
 *
 * @example
 * ```ts
 * state.csids[tokenKey(answer.binarySecurityToken)];
 * ```
 */
export function tokenKey(binarySecurityToken: string): string {
  return sha256Hex(binarySecurityToken);
}

/**
 * What is kept of a secret: its SHA-256 (hex).
 *
 * @example
 * ```ts
 * secretDigest(answer.secret).length; // 64
 * ```
 */
export function secretDigest(secret: string): string {
  return sha256Hex(secret);
}

/**
 * Authenticates a call from its `Authorization` header.
 *
 * @example
 * ```ts
 * const auth = authenticate(request.headers.authorization, state, 'simulation', 'production', new Date());
 * if (!auth.ok) return { status: 401, body: { code: 'Unauthorized', message: auth.message } };
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
    return { ok: false, message: 'Authorization must be Basic base64(binarySecurityToken:secret).' };
  }
  const colon = credentials.indexOf(':');
  const token = colon === -1 ? credentials : credentials.slice(0, colon);
  const secret = colon === -1 ? '' : credentials.slice(colon + 1);
  const csid = state.csids[tokenKey(token)];
  const expected = Buffer.from(csid?.secretHash ?? '0'.repeat(64), 'hex');
  const secretMatches = timingSafeEqual(Buffer.from(secretDigest(secret), 'hex'), expected);
  if (!csid || !secretMatches) return { ok: false, message: 'Invalid binarySecurityToken or secret.' };
  if (csid.environment !== environment) {
    return {
      ok: false,
      message: `This CSID was issued in the ${csid.environment} environment, not ${environment}.`,
    };
  }
  if (csid.kind !== kind) {
    return { ok: false, message: `This call needs a ${kind} CSID; a ${csid.kind} CSID was given.` };
  }
  const certificate = parseCertificate(csid.certificate);
  if (certificate.notAfter.getTime() < now.getTime()) return { ok: false, message: 'The CSID has expired.' };
  return { ok: true, csid, certificate };
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
