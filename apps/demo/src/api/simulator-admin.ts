/**
 * The simulator's admin API as the app reaches it through the proxy (`/api/simulator/…`, present
 * only when the target is the embedded simulator): minting a single-use OTP, as the Fatoora portal
 * would, switching an outage on and off to watch the outbox keep documents until the platform is
 * back, and reading the simulator's CA certificate, the trust anchor the inspector checks
 * certificates against. The platform behaviours have their own module (`simulator-behaviours.ts`).
 */
import { callSimulatorAdmin as call } from './simulator-admin-call.ts';

/**
 * Mints a single-use OTP, valid an hour.
 *
 * @throws {Error} when the simulator refuses (or is not the target).
 * @example
 * ```ts
 * const otp = await mintOtp(location.origin); // '482913'
 * ```
 */
export async function mintOtp(origin: string): Promise<string> {
  const answer = (await call(origin, 'POST', '/otp')) as { otp: string };
  return answer.otp;
}

/**
 * The simulator's CA certificate (PEM): the issuer of every CSID it hands out and of its stamp.
 *
 * @throws {Error} when the simulator refuses (or is not the target).
 * @example
 * ```ts
 * const ca = await fetchSimulatorCaCertificate(location.origin); // '-----BEGIN CERTIFICATE-----…'
 * verifyInvoice(xml, { trustAnchors: [ca] });
 * ```
 */
export async function fetchSimulatorCaCertificate(origin: string): Promise<string> {
  const answer = (await call(origin, 'GET', '/certificates')) as { ca?: unknown };
  if (typeof answer?.ca !== 'string') throw new Error('The simulator answered no CA certificate.');
  return answer.ca;
}

/**
 * Makes the simulator fail the next `calls` platform calls with 503.
 *
 * @throws {Error} when the simulator refuses.
 * @example
 * ```ts
 * await startOutage(location.origin, 3);
 * ```
 */
export async function startOutage(origin: string, calls: number): Promise<void> {
  await call(origin, 'PATCH', '/faults', { failNext: calls, failStatus: 503 });
}

/**
 * Turns every simulator fault off.
 *
 * @throws {Error} when the simulator refuses.
 * @example
 * ```ts
 * await endOutage(location.origin);
 * ```
 */
export async function endOutage(origin: string): Promise<void> {
  await call(origin, 'DELETE', '/faults');
}
