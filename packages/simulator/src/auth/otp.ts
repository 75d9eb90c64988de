/**
 * One-time passwords for `POST /compliance` and `PATCH /production/csids` (the `OTP` header).
 * ZATCA's developer portal takes any six digits; simulation and production take codes from the
 * Fatoora portal, which expire after about an hour and work once. The simulator accepts
 * configured codes (by default ZATCA's documented `123345`, reusable unless `singleUse`), any six
 * digits on the developer-portal paths, and codes it mints on request (single use, valid an hour),
 * standing in for the portal.
 */
import { randomInt } from 'node:crypto';
import type { Environment } from '../environments.ts';
import type { SimulatorState } from '../store/state.ts';

/** The OTP ZATCA documents for its sandbox, accepted by default. */
export const DEFAULT_OTP = '123345';

/** How OTPs are checked. */
export interface OtpOptions {
  /** The OTPs accepted besides minted ones (default `['123345']`). */
  readonly codes?: readonly string[];
  /** Whether each configured OTP works only once, as in production (default false). */
  readonly singleUse?: boolean;
}

/** The outcome of an OTP check; `spent` tells whether the state's `otps` changed. */
export type OtpVerdict = { readonly ok: true; readonly spent: boolean } | { readonly ok: false; readonly message: string };

const SIX_DIGITS = /^\d{6}$/;
const MINTED_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Checks (and, when single-use, spends) an OTP.
 *
 * @example
 * ```ts
 * checkOtp('123345', 'simulation', {}, state, new Date()); // { ok: true, spent: false }
 * checkOtp('000000', 'simulation', {}, state, new Date()); // { ok: false, message: '…' }
 * ```
 */
export function checkOtp(
  otp: string | undefined,
  environment: Environment,
  options: OtpOptions,
  state: SimulatorState,
  now: Date,
): OtpVerdict {
  if (otp === undefined || !SIX_DIGITS.test(otp)) {
    return { ok: false, message: 'The OTP header must hold the six-digit OTP from the Fatoora portal.' };
  }
  const record = state.otps[otp];
  if (record?.used) return { ok: false, message: 'The OTP was already used; generate a new one.' };
  if (record?.expiresAt !== undefined) {
    if (Date.parse(record.expiresAt) < now.getTime()) {
      return { ok: false, message: 'The OTP has expired; generate a new one.' };
    }
    state.otps[otp] = { ...record, used: true };
    return { ok: true, spent: true };
  }
  if ((options.codes ?? [DEFAULT_OTP]).includes(otp)) {
    if (!options.singleUse) return { ok: true, spent: false };
    state.otps[otp] = { used: true };
    return { ok: true, spent: true };
  }
  if (environment === 'developer-portal') return { ok: true, spent: false };
  return { ok: false, message: 'The OTP is not valid.' };
}

/**
 * Mints a single-use OTP valid for an hour, as the Fatoora portal does.
 *
 * @example
 * ```ts
 * const otp = mintOtp(state, new Date()); // '482913'
 * ```
 */
export function mintOtp(state: SimulatorState, now: Date): string {
  let otp: string;
  do otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
  while (state.otps[otp] !== undefined);
  state.otps[otp] = { expiresAt: new Date(now.getTime() + MINTED_LIFETIME_MS).toISOString(), used: false };
  return otp;
}
