/**
 * The `OTP` header of the two calls that need one (#1 `POST /compliance`, #4 `PATCH
 * /production/csids`), checked against the simulator's OTP policy and answered 400 `Invalid-OTP`
 * when it fails. The check spends nothing: a single-use OTP is spent by `grantCsid` once
 * the CSID is issued, so a call refused for another reason leaves it usable.
 */
import { checkOtp, type OtpVerdict } from '../auth/otp.ts';
import type { SimulatorContext } from '../context.ts';
import { type ApiAnswer, problem } from '../http/answer.ts';
import { type ApiRequest, headerValue } from '../http/api-request.ts';

/** An OTP that passed: the code, and whether using it spends it. */
export type OtpPass = Extract<OtpVerdict, { readonly ok: true }>;

/** The OTP that passed, or the answer that refuses it. */
export type OtpHeaderCheck =
  | { readonly ok: true; readonly otp: OtpPass }
  | { readonly ok: false; readonly answer: ApiAnswer };

/**
 * Checks the request's `OTP` header at `now`, without spending it.
 *
 * @example
 * ```ts
 * const otp = checkOtpHeader(request, context, now);
 * if (!otp.ok) return otp.answer; // 400 Invalid-OTP
 * ```
 */
export function checkOtpHeader(request: ApiRequest, context: SimulatorContext, now: Date): OtpHeaderCheck {
  const verdict = checkOtp(headerValue(request, 'otp'), request.environment, context.otp, context.state, now);
  return verdict.ok
    ? { ok: true, otp: verdict }
    : { ok: false, answer: problem(400, 'Invalid-OTP', verdict.message) };
}
