/**
 * Which `Host` headers the proxy answers: by default only loopback names (`localhost`,
 * `127.0.0.1`, `[::1]`) and the address it listens on. A page on another site that a DNS trick
 * points at this machine (DNS rebinding) sends its own host name, and is refused, so it can neither
 * drive the upstream nor mint OTPs through the simulator's admin routes.
 */

/** Host names answered when no list is given. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/**
 * The host name of a `Host` header, lower case, without its port (`[::1]` keeps its brackets).
 *
 * @example
 * ```ts
 * hostName('LocalHost:5173'); // 'localhost'
 * hostName('[::1]:5173'); // '[::1]'
 * ```
 */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.indexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

/**
 * Whether a request with this `Host` header is answered.
 *
 * @example
 * ```ts
 * isHostAllowed('127.0.0.1:5173', LOOPBACK_HOSTS); // true
 * isHostAllowed('evil.example', LOOPBACK_HOSTS); // false
 * ```
 */
export function isHostAllowed(header: string | undefined, allowed: readonly string[]): boolean {
  if (header === undefined || header === '') return false;
  const name = hostName(header);
  return allowed.some((host) => host.toLowerCase() === name);
}
