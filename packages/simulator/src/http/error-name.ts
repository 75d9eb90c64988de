/**
 * How an unexpected error is named in the log: its class and code, never its message, which might
 * quote a request (a CSR, an invoice, a credential).
 */

/**
 * An error's class name and code.
 *
 * @example
 * ```ts
 * errorName(Object.assign(new Error('…'), { code: 'ENOSPC' })); // 'Error ENOSPC'
 * ```
 */
export function errorName(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}
