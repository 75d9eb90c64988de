/**
 * The proxy's log line: method, path, status and duration — nothing else. Never a header (so no
 * `Authorization`, `OTP` or cookie), never a body (no CSR, invoice or secret), never the query
 * string; a request target the proxy refused is logged as `-`, since it may hold anything.
 */

/** One finished call. */
export interface AccessLogEntry {
  readonly method: string | undefined;
  /** The checked path, or `undefined` for a refused request target. */
  readonly path: string | undefined;
  readonly status: number;
  readonly ms: number;
}

/**
 * The log line of a call.
 *
 * @example
 * ```ts
 * formatAccessLine({ method: 'POST', path: '/api/compliance', status: 200, ms: 41.7 });
 * // 'POST /api/compliance 200 42ms'
 * ```
 */
export function formatAccessLine(entry: AccessLogEntry): string {
  const method = entry.method !== undefined && /^[A-Z]{1,16}$/.test(entry.method) ? entry.method : '-';
  const path = entry.path === undefined ? '-' : entry.path.slice(0, 200);
  return `${method} ${path} ${entry.status} ${Math.round(entry.ms)}ms`;
}
