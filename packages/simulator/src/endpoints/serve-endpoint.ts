/**
 * One call to the platform API, in the order ZATCA's gateway and platform take it: the route
 * (404, 405), the injected latency and faults (429 with `Retry-After`, 5xx — unprocessed), the
 * `Accept-Version: V2` header (406), the JSON body (415, 413, 400), then the endpoint itself. A
 * call picked for a dropped answer is processed in full — the invoice is recorded — and the
 * server then closes the connection instead of answering.
 */
import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SimulatorContext } from '../context.ts';
import { splitEnvironment } from '../environments.ts';
import { faultAnswer } from '../faults/fault-answer.ts';
import type { CallOutcome } from '../http/answer.ts';
import { checkApiVersion } from '../http/api-version.ts';
import { readJsonBody } from '../http/json-body.ts';
import { matchRoute, routeMiss } from '../http/match-route.ts';
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
  if (!match.found) return { answer: routeMiss(match.allow, method, pathname) };

  const { faults } = context;
  if (faults.settings.latencyMs > 0)
    await sleep(faults.settings.latencyMs, undefined, { signal: options.signal });
  const action = faults.take();
  const refused = faultAnswer(action, faults.settings);
  if (refused) return { answer: refused, fault: action };
  const dropped = action === 'drop' ? ({ drop: true, fault: action } as const) : {};

  const wrongVersion = checkApiVersion(request.headers);
  if (wrongVersion) return { answer: wrongVersion, ...dropped };
  const reading = await readJsonBody(request, options.maxBodyBytes);
  if (!reading.ok) return { answer: reading.answer, ...dropped };
  const answer = await match.route.handler(
    { environment, headers: request.headers, body: reading.body },
    context,
  );
  return { answer, ...dropped };
}
