/**
 * What the proxy tells the app about its upstream (`GET /_demo/config`): the target, the
 * environment whose CSR template to use, and whether the simulator's admin routes (OTP minting,
 * faults, platform behaviours) are there.
 */
import type { DemoConfig } from '../../server/proxy-handler.ts';

export type { DemoConfig };

/**
 * Reads the proxy's configuration.
 *
 * @throws {Error} when the proxy does not answer it (the app is served by something else).
 * @example
 * ```ts
 * const config = await fetchDemoConfig(location.origin);
 * config.simulator; // true with the embedded simulator
 * ```
 */
export async function fetchDemoConfig(origin: string): Promise<DemoConfig> {
  const response = await fetch(`${origin}/_demo/config`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The demo proxy answered ${response.status} to /_demo/config.`);
  return (await response.json()) as DemoConfig;
}
