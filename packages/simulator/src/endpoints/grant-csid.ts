/**
 * The last step of the three CSID endpoints (#1, #3, #4), once the call has passed its checks:
 * the CA issues the CSID from the checked CSR, the call's single-use OTP is spent (only now, so a
 * refused call leaves it usable), the endpoint files what it keeps beside the CSID, the changed
 * collections are saved, and the call is answered 200 with the CSID — or, for a renewal the
 * platform does not grant yet, 428 `NOT_COMPLIANT` carrying the new compliance CSID. On the
 * developer portal a production CSID is the portal's canned one, whatever the CSR.
 */
import { spendOtp } from '../auth/otp.ts';
import type { CheckedCsr } from '../ca/read-csr.ts';
import { type SimulatorContext, save } from '../context.ts';
import { developerPortalCsidAnswer } from '../csid/developer-portal-csid.ts';
import { type CsidRequest, issueCsid, newRequestId } from '../csid/issue-csid.ts';
import type { ApiAnswer } from '../http/answer.ts';
import { notCompliant } from '../http/platform-answers.ts';
import type { CsidRecord, StateCollection } from '../store/state.ts';
import type { OtpPass } from './otp-header.ts';

/** The CSID to issue, and what else issuing it settles. */
export interface CsidGrant extends CsidRequest {
  /** The OTP the call presented; spent once the CSID is issued when it is single-use. */
  readonly otp?: OtpPass;
  /** Files what the endpoint keeps beside the new CSID, and names the collection it changed. */
  readonly fileWith?: (csid: CsidRecord) => StateCollection;
  /** Answer 428 `NOT_COMPLIANT` with the new (compliance) CSID instead of 200 `ISSUED`. */
  readonly notGrantedYet?: boolean;
}

/**
 * Issues a CSID for a call that passed its checks, saves, and answers with it.
 *
 * @throws {Error} (as a rejection) when the store cannot save.
 * @example
 * ```ts
 * return grantCsid(context, check.csr, { kind: 'production', environment, egsId, now, otp: otp.otp });
 * // → 200 {requestID, tokenType, dispositionMessage: 'ISSUED', binarySecurityToken, secret, errors: null}
 * ```
 */
export async function grantCsid(
  context: SimulatorContext,
  csr: CheckedCsr,
  grant: CsidGrant,
): Promise<ApiAnswer> {
  const { record, answer } = issueCsid(context.state, context.authority, csr, grant);
  const changed: StateCollection[] = ['csids'];
  if (grant.otp?.singleUse) {
    spendOtp(grant.otp.otp, context.state);
    changed.push('otps');
  }
  if (grant.fileWith) changed.push(grant.fileWith(record));
  await save(context, ...changed);
  if (grant.notGrantedYet) {
    return notCompliant(428, {
      requestID: answer.requestID,
      binarySecurityToken: answer.binarySecurityToken,
      secret: answer.secret,
      errors: null,
    });
  }
  return { status: 200, body: answer };
}

/**
 * Answers a production CSID request on the developer portal with the portal's canned CSID,
 * spending the call's single-use OTP (a renewal's) first.
 *
 * @throws {Error} (as a rejection) when the store cannot save.
 * @example
 * ```ts
 * if (request.environment === 'developer-portal') return grantDeveloperPortalCsid(context);
 * ```
 */
export async function grantDeveloperPortalCsid(context: SimulatorContext, otp?: OtpPass): Promise<ApiAnswer> {
  if (otp?.singleUse) {
    spendOtp(otp.otp, context.state);
    await save(context, 'otps');
  }
  return { status: 200, body: developerPortalCsidAnswer(newRequestId(context.state)) };
}
