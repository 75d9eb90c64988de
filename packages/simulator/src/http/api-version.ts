/**
 * The platform serves version 2 of its API only, and says so with 406 Not Acceptable when the
 * `Accept-Version` header is missing or names another version.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { type ApiAnswer, problem } from './answer.ts';

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
 * checkApiVersion({}); // { status: 406, body: { code: 'Invalid-Version', … } }
 * ```
 */
export function checkApiVersion(headers: IncomingHttpHeaders): ApiAnswer | undefined {
  const value = headers['accept-version'];
  if (typeof value === 'string' && value.trim() === API_VERSION) return undefined;
  return problem(
    406,
    'Invalid-Version',
    `This version is not supported or not provided in the header: send Accept-Version: ${API_VERSION}.`,
  );
}
