/**
 * The headers that cross the proxy. Towards the upstream only the Fatoora headers
 * (fatoora-api.md "Common headers" and "Endpoints"): `Accept-Version`, `Accept-Language`, `OTP`,
 * `Authorization`, `Clearance-Status`, `Content-Type` and `Accept` — no cookies, no `Host`, no
 * `X-Forwarded-*`. Back to the browser only `Content-Type` and `Retry-After` (a 429's wait).
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Request headers forwarded to the upstream (lower case). */
export const FATOORA_REQUEST_HEADERS = [
  'accept-version',
  'accept-language',
  'otp',
  'authorization',
  'clearance-status',
  'content-type',
  'accept',
] as const;

/** Response headers passed back to the browser (lower case). */
export const FATOORA_RESPONSE_HEADERS = ['content-type', 'retry-after'] as const;

/**
 * The Fatoora headers of an incoming request; every other header is left out.
 *
 * @example
 * ```ts
 * pickRequestHeaders({ otp: '123345', cookie: 'a=b', 'x-forwarded-host': 'x' }); // { otp: '123345' }
 * ```
 */
export function pickRequestHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of FATOORA_REQUEST_HEADERS) {
    const value = headers[name];
    if (typeof value === 'string') picked[name] = value;
    else if (Array.isArray(value)) picked[name] = value.join(', ');
  }
  return picked;
}

/**
 * The response headers of an upstream answer that go back to the browser.
 *
 * @example
 * ```ts
 * pickResponseHeaders(new Headers({ 'content-type': 'application/json', 'set-cookie': 'x' }));
 * // { 'content-type': 'application/json' }
 * ```
 */
export function pickResponseHeaders(headers: Headers): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of FATOORA_RESPONSE_HEADERS) {
    const value = headers.get(name);
    if (value !== null) picked[name] = value;
  }
  return picked;
}
