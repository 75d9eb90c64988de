/**
 * One-time passwords for `POST /compliance` and `PATCH /production/csids` (the `OTP` header).
 * ZATCA's developer portal takes any six digits; simulation and production take codes from the
 * Fatoora portal, which expire after about an hour and work once. The simulator accepts
 * configured codes (by default ZATCA's documented `123345`, reusable unless `singleUse`), any six
 * digits on the developer-portal paths, and codes it mints on request (single use, valid an hour),
 * standing in for the portal.
 */
import { randomInt } from 'node:crypto';
import type { FatooraEnvironment } from '@fatoora/core/model';
import type { SimulatorState } from '../store/state.ts';

/**
 * The OTP ZATCA documents for its sandbox, accepted by default.
 *
 * @example
 * ```ts
 * await client.requestComplianceCsid({ csr, otp: DEFAULT_OTP });
 * ```
 */
export const DEFAULT_OTP = '123345';

/** How OTPs are checked. */
export interface OtpOptions {
  /** The OTPs accepted besides minted ones (default `['123345']`). */
  readonly codes?: readonly string[];
  /** Whether each configured OTP works only once, as in production (default false). */
  readonly singleUse?: boolean;
}

/** The outcome of an OTP check: on success, the OTP and whether using it spends it. */
export type OtpVerdict =
  | { readonly ok: true; readonly otp: string; readonly singleUse: boolean }
  | { readonly ok: false; readonly message: string };

const SIX_DIGITS = /^\d{6}$/;
const MINTED_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Checks an OTP without spending it: a call spends a single-use OTP ({@link spendOtp}) only once
 * it has succeeded, so a request refused for another reason (a bad CSR) leaves the OTP usable.
 *
 * @example
 * ```ts
 * checkOtp('123345', 'simulation', {}, state, new Date()); // { ok: true, otp: '123345', singleUse: false }
 * checkOtp('000000', 'simulation', {}, state, new Date()); // { ok: false, message: '…' }
 * ```
 */
export function checkOtp(
  otp: string | undefined,
  environment: FatooraEnvironment,
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
    return { ok: true, otp, singleUse: true };
  }
  if (configuredCodes(options).includes(otp)) return { ok: true, otp, singleUse: options.singleUse === true };
  if (environment === 'developer-portal') return { ok: true, otp, singleUse: false };
  return { ok: false, message: 'The OTP is not valid.' };
}

/**
 * Marks an OTP used, after the call it authorized succeeded.
 *
 * @example
 * ```ts
 * const verdict = checkOtp(header, environment, options, state, now);
 * if (verdict.ok && verdict.singleUse) spendOtp(verdict.otp, state);
 * ```
 */
export function spendOtp(otp: string, state: SimulatorState): void {
  state.otps[otp] = { ...state.otps[otp], used: true };
}

/**
 * Mints a single-use OTP valid for an hour, as the Fatoora portal does; never one of the
 * configured codes. Minted OTPs that expired are forgotten on the way.
 *
 * @example
 * ```ts
 * const { otp, expiresAt } = mintOtp(state, {}, new Date()); // '482913'
 * ```
 */
export function mintOtp(
  state: SimulatorState,
  options: OtpOptions,
  now: Date,
): { readonly otp: string; readonly expiresAt: string } {
  for (const [code, record] of Object.entries(state.otps)) {
    if (record.expiresAt !== undefined && Date.parse(record.expiresAt) < now.getTime())
      delete state.otps[code];
  }
  const configured = configuredCodes(options);
  let otp: string;
  do otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
  while (state.otps[otp] !== undefined || configured.includes(otp));
  const expiresAt = new Date(now.getTime() + MINTED_LIFETIME_MS).toISOString();
  state.otps[otp] = { expiresAt, used: false };
  return { otp, expiresAt };
}

function configuredCodes(options: OtpOptions): readonly string[] {
  return options.codes ?? [DEFAULT_OTP];
}
