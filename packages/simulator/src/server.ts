/**
 * The simulator's HTTP server on `node:http`: every call goes either to the admin API
 * (`/simulator/…`) or to the platform's six endpoints (at the root, for the default environment,
 * or under an environment prefix), and its outcome is written as JSON — or, for a call an
 * injected fault drops, the connection is closed without an answer. An unexpected failure is a
 * 500 with the platform's `{code, message}` body. The log gets one line per call — method, path,
 * status, time, injected fault — and never a header, a body or a query string, so no credential,
 * OTP, CSR or invoice reaches it. Closing stops new calls, cuts injected waits short, lets calls
 * already being processed finish (so their state is saved) — a client still sending its body gets
 * two seconds — then ends every connection.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ADMIN_PREFIX } from './admin/admin-routes.ts';
import { serveAdmin } from './admin/serve-admin.ts';
import type { SimulatorContext } from './context.ts';
import { serveEndpoint } from './endpoints/serve-endpoint.ts';
import { type CallOutcome, problem, writeAnswer } from './http/answer.ts';
import type { AnswerLog } from './http/answer-log.ts';
import { errorName } from './http/error-name.ts';

/** How the server takes calls. */
export interface SimulatorServerOptions {
  /** The largest request body taken, in bytes (larger ones get 413). */
  readonly maxBodyBytes: number;
  /** Receives one line per call; nothing is logged when absent. */
  readonly log?: (line: string) => void;
  /** Records each answer whole, for contract checks (see `http/answer-log.ts`). */
  readonly answerLog?: AnswerLog;
}

/** A server and the way to stop it. */
export interface SimulatorServer {
  readonly server: Server;
  /** Stops taking calls, waits for the ones under way, and closes every connection. */
  close(): Promise<void>;
}

/**
 * Creates the server (not yet listening).
 *
 * @example
 * ```ts
 * const { server, close } = createSimulatorServer(context, { maxBodyBytes: 2 * 1024 * 1024, log: console.log });
 * server.listen(8080, '127.0.0.1');
 * ```
 */
export function createSimulatorServer(
  context: SimulatorContext,
  options: SimulatorServerOptions,
): SimulatorServer {
  const closing = new AbortController();
  const underWay = new Set<Promise<void>>();
  const server = createServer((request, response) => {
    const call = handleCall(request, response).finally(() => underWay.delete(call));
    underWay.add(call);
  });

  async function handleCall(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const pathname = pathnameOf(request.url);
    let outcome: CallOutcome;
    let note = '';
    try {
      outcome = closing.signal.aborted
        ? {
            answer: problem(503, 'Service-Unavailable', 'The simulator is shutting down.', {
              Connection: 'close',
            }),
          }
        : await route(request, pathname);
    } catch (error) {
      if (closing.signal.aborted || request.socket.destroyed) {
        request.socket.destroy();
        options.log?.(
          `${request.method} ${pathname ?? '-'} no answer (${closing.signal.aborted ? 'closing' : 'client gone'})`,
        );
        return;
      }
      note = ` internal error ${errorName(error)}`;
      outcome = { answer: problem(500, 'Internal-Error', 'The simulator failed to process the request.') };
    }
    if (outcome.drop) {
      request.socket.destroy();
    } else {
      writeAnswer(response, outcome.answer);
      options.answerLog?.({ method: request.method ?? '', path: pathname ?? '' }, outcome);
    }
    const status = outcome.drop ? 'dropped' : String(outcome.answer.status);
    const fault = outcome.fault ? ` (injected ${outcome.fault})` : '';
    if (outcome.note) note = ` ${outcome.note}`;
    options.log?.(
      `${request.method} ${pathname ?? '-'} ${status} ${Math.round(performance.now() - started)} ms${fault}${note}`,
    );
  }

  function route(request: IncomingMessage, pathname: string | undefined): Promise<CallOutcome> {
    if (pathname === undefined) {
      return Promise.resolve({
        answer: problem(400, 'Invalid-Request', 'The request target is not a valid path.'),
      });
    }
    if (pathname === ADMIN_PREFIX || pathname.startsWith(`${ADMIN_PREFIX}/`)) {
      return serveAdmin(request, pathname, context, options.maxBodyBytes);
    }
    return serveEndpoint(request, pathname, context, {
      maxBodyBytes: options.maxBodyBytes,
      signal: closing.signal,
    });
  }

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      closing.abort();
      const stopped = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeIdleConnections();
      // Calls being processed finish and save; a client still sending its body gets a grace period.
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...underWay]),
        new Promise((resolve) => {
          grace = setTimeout(resolve, CLOSE_GRACE_MS);
        }),
      ]);
      clearTimeout(grace);
      server.closeAllConnections();
      await Promise.allSettled([...underWay]);
      await stopped;
    })();
    return closed;
  };
  return { server, close };
}

/** How long `close()` waits for calls under way before it cuts their connections. */
const CLOSE_GRACE_MS = 2000;

/** The path of a request target (no query), or `undefined` when it is not one. */
function pathnameOf(target: string | undefined): string | undefined {
  if (target === undefined || !(target.startsWith('/') || /^https?:\/\//i.test(target))) return undefined;
  try {
    return new URL(target, 'http://simulator.invalid').pathname;
  } catch {
    return undefined;
  }
}
