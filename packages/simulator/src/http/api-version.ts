/**
 * The platform serves version 2 of its API only, and says so with 406 Not Acceptable — a plain
 * text body, not JSON (TEXT-406) — when the `Accept-Version` header is missing or is anything but
 * `V2` (lowercase `v2` included [RPT]).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiAnswer } from './answer.ts';
import { versionNotSupported } from './platform-answers.ts';

/**
 * The API version the simulator serves, as the `Accept-Version` header names it.
 *
 * @example
 * ```ts
 * fetch(url, { headers: { 'Accept-Version': API_VERSION } });
 * ```
 */
export const API_VERSION = 'V2';

/**
 * The 406 answer for a call without `Accept-Version: V2`, or `undefined` when the header is right.
 *
 * @example
 * ```ts
 * checkApiVersion({ 'accept-version': 'V2' }); // undefined
 * checkApiVersion({}); // { status: 406, text: 'This Version is not supported or not provided in the header.' }
 * ```
 */
export function checkApiVersion(headers: IncomingHttpHeaders): ApiAnswer | undefined {
  const value = headers['accept-version'];
  if (typeof value === 'string' && value.trim() === API_VERSION) return undefined;
  return versionNotSupported();
}
