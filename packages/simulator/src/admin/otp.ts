/**
 * `POST /simulator/otp`: mints a single-use OTP valid for an hour, standing in for the Fatoora
 * portal's "generate OTP" page. Anyone who can reach the admin API can mint one, which is why the
 * simulator listens on loopback by default.
 */
import { mintOtp } from '../auth/otp.ts';
import { type SimulatorContext, save } from '../context.ts';
import type { AdminHandler } from './admin-handler.ts';

/**
 * Mints an OTP and saves it, so that it survives a restart; shared by the admin API and the
 * simulator handle's `mintOtp()`.
 *
 * @example
 * ```ts
 * const { otp } = await mintPortalOtp(context);
 * ```
 */
export async function mintPortalOtp(context: SimulatorContext): Promise<{ otp: string; expiresAt: string }> {
  const minted = mintOtp(context.state, context.otp, context.now());
  await save(context, 'otps');
  return minted;
}

/**
 * Mints an OTP.
 *
 * @example
 * ```ts
 * // POST /simulator/otp
 * // → 201 {otp: '482913', expiresAt: '2026-01-01T11:00:00.000Z'}
 * ```
 */
export const createOtp: AdminHandler = {
  readsBody: false,
  run: async (_request, context) => ({ status: 201, body: await mintPortalOtp(context) }),
};
