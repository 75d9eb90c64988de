/**
 * The answers of the injected faults that stop a call before it is processed: a platform failure
 * (500, 502, 503 or 504, with the platform's 500 body for the endpoint: E500-REQ on #1–#3,
 * E500-HTTP on #4–#6 — ZATCA's bodies for the other 5xx statuses are unknown) and throttling
 * (429 with `Retry-After` in seconds; ZATCA has never been seen to send one, so its body is the
 * simulator's own).
 */
import type { FatooraAction } from '@fatoora/core/api';
import { type ApiAnswer, problem } from '../http/answer.ts';
import { platformFailure } from '../http/platform-answers.ts';
import type { FaultAction, FaultSettings } from './faults.ts';

/**
 * The answer for a `fail` or `rate-limit` action on `endpoint`; `undefined` for the others.
 *
 * @example
 * ```ts
 * faultAnswer('rate-limit', faults.settings, 'reporting'); // { status: 429, headers: { 'Retry-After': '1' }, … }
 * ```
 */
export function faultAnswer(
  action: FaultAction,
  settings: FaultSettings,
  endpoint: FatooraAction,
): ApiAnswer | undefined {
  if (action === 'rate-limit') {
    const seconds = settings.retryAfterSeconds;
    return problem(429, 'Too-Many-Requests', `Too many requests; retry after ${seconds} seconds.`, {
      'Retry-After': String(seconds),
    });
  }
  if (action === 'fail') return platformFailure(endpoint, settings.failStatus);
  return undefined;
}
