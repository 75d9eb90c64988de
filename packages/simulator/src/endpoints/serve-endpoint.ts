/**
 * One call to the platform API, in the order ZATCA's gateway and platform take it: the route
 * (404, 405), the injected latency and faults aimed at the endpoint (429 with `Retry-After`, 5xx —
 * unprocessed), the `Accept-Version: V2` header (406, plain text), the JSON body (415, 413, 400),
 * then the endpoint itself. A call picked for a dropped answer is processed in full — the invoice
 * is recorded — and the server then closes the connection instead of answering. An unexpected
 * failure inside the endpoint is answered with the platform's 500 body for that endpoint.
 */
import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SimulatorContext } from '../context.ts';
import { splitEnvironment } from '../environments.ts';
import { faultAnswer } from '../faults/fault-answer.ts';
import type { CallOutcome } from '../http/answer.ts';
import { checkApiVersion } from '../http/api-version.ts';
import { errorName } from '../http/error-name.ts';
import { readJsonBody } from '../http/json-body.ts';
import { matchRoute, routeMiss } from '../http/match-route.ts';
import { platformFailure } from '../http/platform-answers.ts';
import { FATOORA_ENDPOINTS } from './endpoint-table.ts';

/** What serving a call needs besides the request and the context. */
export interface ServeOptions {
  /** The largest body taken, in bytes. */
  readonly maxBodyBytes: number;
  /** Aborts the injected latency when the simulator closes. */
  readonly signal: AbortSignal;
}

/**
 * Serves a call to one of the six endpoints, under any environment prefix or at the root.
 *
 * @throws {Error} (as a rejection) when the simulator closes during the injected latency, or the
 * client goes away before its body is read.
 * @example
 * ```ts
 * const outcome = await serveEndpoint(request, '/e-invoicing/core/invoices/reporting/single', context, options);
 * if (outcome.drop) request.socket.destroy();
 * ```
 */
export async function serveEndpoint(
  request: IncomingMessage,
  pathname: string,
  context: SimulatorContext,
  options: ServeOptions,
): Promise<CallOutcome> {
  const method = request.method ?? 'GET';
  const { environment, path } = splitEnvironment(pathname, context.defaultEnvironment);
  const match = matchRoute(FATOORA_ENDPOINTS, method, path);
  if (!match.found) return { answer: routeMiss(match.allow, method, pathname), gateway: true };
  const { action, handle } = match.route.handler;

  const { faults } = context;
  if (faults.settings.latencyMs > 0 && faults.appliesTo(action))
    await sleep(faults.settings.latencyMs, undefined, { signal: options.signal });
  const fault = faults.take(action);
  const refused = faultAnswer(fault, faults.settings, action);
  if (refused) return { answer: refused, fault };
  const dropped = fault === 'drop' ? ({ drop: true, fault } as const) : {};

  const wrongVersion = checkApiVersion(request.headers);
  if (wrongVersion) return { answer: wrongVersion, ...dropped };
  const reading = await readJsonBody(request, options.maxBodyBytes);
  if (!reading.ok) return { answer: reading.answer, gateway: true, ...dropped };
  try {
    const answer = await handle({ environment, headers: request.headers, body: reading.body }, context);
    return { answer, ...dropped };
  } catch (error) {
    if (options.signal.aborted || request.socket.destroyed) throw error;
    return { answer: platformFailure(action), note: `internal error ${errorName(error)}`, ...dropped };
  }
}
