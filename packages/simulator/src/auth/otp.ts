/**
 * One-time passwords for `POST /compliance` and `PATCH /production/csids` (the `OTP` header).
 * ZATCA's developer portal has fixed ones and no account: `123345` works, `111111` is invalid,
 * `222222` is expired, and other codes are reported to work (a behaviour, `developer-portal-otps`).
 * Simulation and production take codes from the Fatoora portal, one per EGS unit, valid an hour and
 * spent by the first call that succeeds: the simulator mints those on request (the admin API,
 * `mintOtp()`), and accepts the codes it is configured with there as if the portal had issued them.
 * `123345` is not one of them unless configured.
 */
import { randomInt } from 'node:crypto';
import type { FatooraEnvironment } from '@fatoora/core/model';
import type { SimulatorState } from '../store/state.ts';

/**
 * The OTP ZATCA's developer portal accepts (fatoora-api.md §1, from the OpenAPI examples).
 *
 * @example
 * ```ts
 * await client.requestComplianceCsid({ csr, otp: DEFAULT_OTP }); // on the developer portal
 * ```
 */
export const DEFAULT_OTP = '123345';

/** The developer portal's fixed OTPs: the valid one, the invalid one and the expired one [OAS]. */
export const DEVELOPER_PORTAL_OTPS = { valid: DEFAULT_OTP, invalid: '111111', expired: '222222' } as const;

/** Which OTPs simulation and production accept besides minted ones. */
export interface OtpOptions {
  /** Codes accepted as if the Fatoora portal had issued them (default none). */
  readonly codes?: readonly string[];
  /** Whether each of those works only once, as a portal OTP does (default false). */
  readonly singleUse?: boolean;
}

/** Why an OTP was refused: no header, not a valid code, or a code past its time. */
export type OtpRefusal = 'missing' | 'invalid' | 'expired';

/** The outcome of an OTP check: on success, the OTP and whether using it spends it. */
export type OtpVerdict =
  | { readonly ok: true; readonly otp: string; readonly singleUse: boolean }
  | { readonly ok: false; readonly refusal: OtpRefusal };

const SIX_DIGITS = /^\d{6}$/;
const MINTED_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Checks an OTP without spending it: a call spends a single-use OTP ({@link spendOtp}) only once
 * it has succeeded, so a request refused for another reason (a bad CSR) leaves the OTP usable.
 *
 * @example
 * ```ts
 * checkOtp('123345', 'developer-portal', {}, { otherDeveloperPortalOtps: 'accept' }, state, new Date());
 * // { ok: true, otp: '123345', singleUse: false }
 * checkOtp('123345', 'simulation', {}, { otherDeveloperPortalOtps: 'accept' }, state, new Date());
 * // { ok: false, refusal: 'invalid' }
 * ```
 */
export function checkOtp(
  otp: string | undefined,
  environment: FatooraEnvironment,
  options: OtpOptions,
  policy: { readonly otherDeveloperPortalOtps: 'accept' | 'reject' },
  state: SimulatorState,
  now: Date,
): OtpVerdict {
  if (otp === undefined || otp.trim() === '') return { ok: false, refusal: 'missing' };
  if (!SIX_DIGITS.test(otp)) return { ok: false, refusal: 'invalid' };
  if (environment === 'developer-portal') {
    if (otp === DEVELOPER_PORTAL_OTPS.valid) return { ok: true, otp, singleUse: false };
    if (otp === DEVELOPER_PORTAL_OTPS.invalid) return { ok: false, refusal: 'invalid' };
    if (otp === DEVELOPER_PORTAL_OTPS.expired) return { ok: false, refusal: 'expired' };
  }
  const record = state.otps[otp];
  if (record?.used) return { ok: false, refusal: 'invalid' };
  if (record?.expiresAt !== undefined) {
    if (Date.parse(record.expiresAt) < now.getTime()) return { ok: false, refusal: 'expired' };
    return { ok: true, otp, singleUse: true };
  }
  if (options.codes?.includes(otp)) return { ok: true, otp, singleUse: options.singleUse === true };
  if (environment === 'developer-portal' && policy.otherDeveloperPortalOtps === 'accept') {
    return { ok: true, otp, singleUse: false };
  }
  return { ok: false, refusal: 'invalid' };
}

/**
 * Marks an OTP used, after the call it authorized succeeded.
 *
 * @example
 * ```ts
 * const verdict = checkOtp(header, environment, options, policy, state, now);
 * if (verdict.ok && verdict.singleUse) spendOtp(verdict.otp, state);
 * ```
 */
export function spendOtp(otp: string, state: SimulatorState): void {
  state.otps[otp] = { ...state.otps[otp], used: true };
}

/**
 * Mints a single-use OTP valid for an hour, as the Fatoora portal does; never a configured code
 * nor one of the developer portal's fixed ones. Minted OTPs that expired are forgotten on the way.
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
  const reserved = [...(options.codes ?? []), ...Object.values(DEVELOPER_PORTAL_OTPS)];
  let otp: string;
  do otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
  while (state.otps[otp] !== undefined || reserved.includes(otp));
  const expiresAt = new Date(now.getTime() + MINTED_LIFETIME_MS).toISOString();
  state.otps[otp] = { expiresAt, used: false };
  return { otp, expiresAt };
}
