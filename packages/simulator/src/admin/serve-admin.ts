/**
 * One call to the admin API: the route (404, 405), the JSON body where the action takes one (415,
 * 413, 400), then the action. No `Accept-Version`, no credentials, no faults.
 */
import type { IncomingMessage } from 'node:http';
import type { SimulatorContext } from '../context.ts';
import type { CallOutcome } from '../http/answer.ts';
import { readJsonBody } from '../http/json-body.ts';
import { matchRoute, routeMiss } from '../http/match-route.ts';
import { ADMIN_ROUTES } from './admin-routes.ts';

/**
 * Serves an admin call.
 *
 * @throws {Error} (as a rejection) when the client goes away before its body is read.
 * @example
 * ```ts
 * const outcome = await serveAdmin(request, '/simulator/otp', context, 65536);
 * ```
 */
export async function serveAdmin(
  request: IncomingMessage,
  pathname: string,
  context: SimulatorContext,
  maxBodyBytes: number,
): Promise<CallOutcome> {
  const method = request.method ?? 'GET';
  const match = matchRoute(ADMIN_ROUTES, method, pathname);
  if (!match.found) return { answer: routeMiss(match.allow, method, pathname) };
  const { handler } = match.route;
  let body: unknown;
  if (handler.readsBody) {
    const reading = await readJsonBody(request, maxBodyBytes);
    if (!reading.ok) return { answer: reading.answer };
    body = reading.body;
  }
  const answer = await handler.run(
    { environment: context.defaultEnvironment, headers: request.headers, body },
    context,
  );
  return { answer };
}
