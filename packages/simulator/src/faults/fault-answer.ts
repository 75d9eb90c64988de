/**
 * The answers of the injected faults that stop a call before it is processed: a platform failure
 * (500, 502, 503 or 504) and throttling (429 with `Retry-After` in seconds).
 */
import { type ApiAnswer, problem } from '../http/answer.ts';
import type { FaultAction, FaultSettings } from './faults.ts';

const FAILURES = {
  500: ['Internal-Server-Error', 'The Fatoora platform failed to process the request'],
  502: ['Bad-Gateway', 'The Fatoora gateway got no valid answer from the platform'],
  503: ['Service-Unavailable', 'The Fatoora platform is unavailable'],
  504: ['Gateway-Timeout', 'The Fatoora platform did not answer the gateway in time'],
} as const satisfies Record<FaultSettings['failStatus'], readonly [string, string]>;

/**
 * The answer for a `fail` or `rate-limit` action; `undefined` for the others.
 *
 * @example
 * ```ts
 * faultAnswer('rate-limit', faults.settings); // { status: 429, headers: { 'Retry-After': '1' }, … }
 * ```
 */
export function faultAnswer(action: FaultAction, settings: FaultSettings): ApiAnswer | undefined {
  if (action === 'rate-limit') {
    const seconds = settings.retryAfterSeconds;
    return problem(429, 'Too-Many-Requests', `Too many requests; retry after ${seconds} seconds.`, {
      'Retry-After': String(seconds),
    });
  }
  if (action === 'fail') {
    const [code, message] = FAILURES[settings.failStatus];
    return problem(settings.failStatus, code, `${message} (injected fault); try again later.`);
  }
  return undefined;
}
