/**
 * The one-time password that authorizes a compliance CSID request and a production CSID renewal.
 * The Fatoora portal shows it as six digits (the developer portal takes any six); it is checked
 * here, before anything is sent, because a malformed OTP would only come back as `Invalid-OTP`
 * and, worse, could smuggle a line break into the request headers.
 */
import { InputError } from '../errors/input-error.ts';

/** The form of an OTP: six digits. Kept in one place, should ZATCA ever change it. */
export const OTP_PATTERN = /^[0-9]{6}$/;

/**
 * Returns the OTP when it has the right form.
 *
 * @throws {InputError} field `otp`, rule `otp-six-digits`.
 * @example
 * ```ts
 * checkOtp('123345'); // '123345'
 * ```
 */
export function checkOtp(otp: unknown): string {
  if (typeof otp !== 'string' || !OTP_PATTERN.test(otp)) {
    throw new InputError(
      'otp',
      'otp-six-digits',
      'The OTP must be the six digits shown in the Fatoora portal (any six digits on the developer portal).',
    );
  }
  return otp;
}
