/**
 * The demo's request handler: one function that answers every call to the demo's origin. In order:
 * a `Host` that is not allowed is 403; a request target that is an absolute URL, traverses or is
 * malformed is 400; `/_demo/config` tells the app which target it talks to; `/api/simulator/…`
 * reaches the simulator's admin API (only when the target is the simulator); `/api/…` reaches one
 * of the six Fatoora endpoints at the configured base URL, with the Fatoora headers only, a capped
 * body (413) and a deadline (504); anything else goes to the app (static files or Vite). Each call
 * leaves one log line — method, path, status, milliseconds — and nothing more.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatAccessLine } from './access-log.ts';
import { matchAdminRoute } from './admin-routes.ts';
import { sendJson, sendProblem } from './answer.ts';
import { callUpstream, UpstreamTimeoutError } from './call-upstream.ts';
import { matchFatooraRoute } from './fatoora-routes.ts';
import { pickRequestHeaders } from './forward-headers.ts';
import { isHostAllowed, LOOPBACK_HOSTS } from './host-check.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { readRequestTarget } from './request-target.ts';
import type { RouteMatch } from './route-table.ts';
import type { Upstream } from './targets.ts';

/** Default cap on a request body: 1 MiB, beyond any invoice ZATCA takes. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Default deadline for one upstream exchange. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
/** Default cap on an upstream answer (a cleared invoice comes back whole). */
export const DEFAULT_MAX_ANSWER_BYTES = 16 * 1024 * 1024;

/** Options of {@link createProxyHandler}. */
export interface ProxyHandlerOptions {
  /** The one place `/api/*` goes. */
  readonly upstream: Upstream;
  /** Largest request body, in bytes (413 beyond). Default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** Deadline for an upstream exchange, in milliseconds (504 beyond). Default 30 s. */
  readonly upstreamTimeoutMs?: number;
  /** Largest upstream answer, in bytes (502 beyond). Default 16 MiB. */
  readonly maxAnswerBytes?: number;
  /** Host names answered. Default: the loopback names. */
  readonly allowedHosts?: readonly string[];
  /** Receives one line per call. Default: none. */
  readonly log?: (line: string) => void;
  /** Answers what is not the proxy's (the built app, or Vite's dev middleware). Default: 404. */
  readonly app?: (request: IncomingMessage, response: ServerResponse, path: string) => void | Promise<void>;
}

/** What the app reads from `/_demo/config`. */
export interface DemoConfig {
  readonly target: Upstream['target'];
  /** The environment the app's CSRs are for. */
  readonly environment: Upstream['environment'];
  /** Whether `/api/simulator/*` is there (OTP minting, faults, platform behaviours). */
  readonly simulator: boolean;
}

/**
 * The handler for `node:http`'s `createServer`.
 *
 * @example
 * ```ts
 * const handler = createProxyHandler({ upstream: remoteUpstream('simulation'), log: console.log });
 * createServer(handler).listen(5173, '127.0.0.1');
 * ```
 */
export function createProxyHandler(
  options: ProxyHandlerOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  const settings = {
    upstream: options.upstream,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    timeoutMs: options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS,
    maxAnswerBytes: options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES,
    allowedHosts: options.allowedHosts ?? LOOPBACK_HOSTS,
  };
  const config: DemoConfig = {
    target: settings.upstream.target,
    environment: settings.upstream.environment,
    simulator: settings.upstream.simulator,
  };
  return (request, response) => {
    const started = performance.now();
    let loggedPath: string | undefined;
    response.once('close', () => {
      options.log?.(
        formatAccessLine({
          method: request.method,
          path: loggedPath,
          status: response.statusCode,
          ms: performance.now() - started,
        }),
      );
    });
    const method = request.method ?? 'GET';
    if (!isHostAllowed(request.headers.host, settings.allowedHosts)) {
      sendProblem(response, 403, 'host-not-allowed', 'This proxy answers its own host names only.');
      return;
    }
    const target = readRequestTarget(request.url);
    if (!target.ok) {
      sendProblem(response, target.refusal.status, target.refusal.code, target.refusal.message);
      return;
    }
    const { path } = target;
    loggedPath = path;
    if (path === '/_demo/config') {
      sendJson(response, 200, config);
      return;
    }
    const admin = below(path, '/api/simulator');
    if (admin !== undefined) {
      if (!settings.upstream.simulator || settings.upstream.adminBaseUrl === undefined) {
        sendProblem(
          response,
          404,
          'not-available',
          'The simulator admin API exists only with the simulator target.',
        );
        return;
      }
      const url = `${settings.upstream.adminBaseUrl}/simulator${admin}`;
      void forward(request, response, matchAdminRoute(admin, method), url, settings);
      return;
    }
    const api = below(path, '/api');
    if (api !== undefined) {
      const url = `${settings.upstream.baseUrl}${api}`;
      void forward(request, response, matchFatooraRoute(api, method), url, settings);
      return;
    }
    if (options.app === undefined) {
      sendProblem(response, 404, 'not-found', 'Nothing here.');
      return;
    }
    Promise.resolve(options.app(request, response, path)).catch(() => {
      if (!response.headersSent) sendProblem(response, 500, 'internal-error', 'The app could not be served.');
      else response.destroy();
    });
  };
}

/** The rest of `path` below `prefix` (`''` for the prefix itself), or `undefined`. */
function below(path: string, prefix: string): string | undefined {
  if (path === prefix) return '';
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;
}

interface ForwardSettings {
  readonly maxBodyBytes: number;
  readonly timeoutMs: number;
  readonly maxAnswerBytes: number;
}

/** Forwards a matched call to `url`, or answers 404/405/413/502/504 itself. */
async function forward(
  request: IncomingMessage,
  response: ServerResponse,
  match: RouteMatch<string>,
  url: string,
  settings: ForwardSettings,
): Promise<void> {
  if (match.kind === 'unknown') {
    request.resume();
    sendProblem(response, 404, 'unknown-endpoint', 'The proxy forwards the Fatoora endpoints only.');
    return;
  }
  if (match.kind === 'method-not-allowed') {
    request.resume();
    sendProblem(response, 405, 'method-not-allowed', 'This endpoint does not take that method.', {
      allow: match.allow.join(', '),
    });
    return;
  }
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBody(request, settings.maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendProblem(response, 413, 'payload-too-large', error.message, { connection: 'close' });
    } else {
      response.destroy();
    }
    return;
  }
  try {
    const answer = await callUpstream({
      url,
      method: request.method ?? 'GET',
      headers: pickRequestHeaders(request.headers),
      body,
      timeoutMs: settings.timeoutMs,
      maxAnswerBytes: settings.maxAnswerBytes,
    });
    response.writeHead(answer.status, {
      ...answer.headers,
      'content-length': String(answer.body.byteLength),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(answer.body);
  } catch (error) {
    if (error instanceof UpstreamTimeoutError) {
      sendProblem(response, 504, 'upstream-timeout', error.message);
    } else {
      sendProblem(response, 502, 'upstream-unreachable', 'The upstream could not be reached.');
    }
  }
}
