/**
 * The `OTP` header of the two calls that need one (#1 `POST /compliance`, #4 `PATCH
 * /production/csids`), checked against the environment's OTPs: no header is 400 `Missing-OTP`
 * "OTP is required field", a wrong or spent code 400 `Invalid-OTP` "The provided OTP is invalid",
 * an expired one the code and message of the `expired-otp-code` and `expired-otp-message`
 * behaviours (`Invalid-OTP`, "The provided OTP is expired"). The check spends nothing: a
 * single-use OTP is spent by `grantCsid` once the CSID is issued, so a call refused for another
 * reason leaves it usable.
 */
import { checkOtp, type OtpVerdict } from '../auth/otp.ts';
import type { SimulatorContext } from '../context.ts';
import type { ApiAnswer } from '../http/answer.ts';
import { type ApiRequest, headerValue } from '../http/api-request.ts';
import { csidCodeError } from './csid-answers.ts';

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
 * if (!otp.ok) return otp.answer; // 400 Missing-OTP / Invalid-OTP
 * ```
 */
export function checkOtpHeader(request: ApiRequest, context: SimulatorContext, now: Date): OtpHeaderCheck {
  const behaviours = context.behaviours.settings;
  const verdict = checkOtp(
    headerValue(request, 'otp'),
    request.environment,
    context.otp,
    { otherDeveloperPortalOtps: behaviours['developer-portal-otps'] },
    context.state,
    now,
  );
  if (verdict.ok) return { ok: true, otp: verdict };
  const answer =
    verdict.refusal === 'missing'
      ? csidCodeError(context, 'Missing-OTP')
      : verdict.refusal === 'expired'
        ? csidCodeError(context, behaviours['expired-otp-code'], behaviours['expired-otp-message'])
        : csidCodeError(context, 'Invalid-OTP');
  return { ok: false, answer };
}
