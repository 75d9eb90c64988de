/**
 * Starts the demo: the embedded simulator when the target is `simulator` (in this process, on a
 * free loopback port), the proxy handler in front of it, and the app — the built files of
 * `staticDir`, or Vite's dev middleware with `dev: true` — all on one origin, so the browser
 * calls `location.origin + '/api'` and never another host.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '@fatoora/simulator';
import { LOOPBACK_HOSTS } from './host-check.ts';
import { createProxyHandler, type ProxyHandlerOptions } from './proxy-handler.ts';
import { serveStatic } from './static-files.ts';
import { type DemoTarget, remoteUpstream, simulatorUpstream, type Upstream } from './targets.ts';

/** The demo app's folder (holding `index.html`, `src/`, `dist/`). */
export const DEMO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Options of {@link startDemoServer}. */
export interface DemoServerOptions
  extends Pick<ProxyHandlerOptions, 'maxBodyBytes' | 'upstreamTimeoutMs' | 'maxAnswerBytes' | 'log'> {
  /** Where `/api/*` goes. Default `simulator`. */
  readonly target?: DemoTarget;
  /** Port; 0 picks a free one. Default 5173. */
  readonly port?: number;
  /** Address to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** More host names to answer besides the loopback names and `host`. */
  readonly allowedHosts?: readonly string[];
  /** The built app. Default `<demo>/dist`. */
  readonly staticDir?: string;
  /** Serve the sources through Vite's dev middleware instead of `staticDir`. */
  readonly dev?: boolean;
  /** Receives the embedded simulator's own log line per call (never headers or bodies). */
  readonly simulatorLog?: (line: string) => void;
  /**
   * The unsettled platform behaviours the embedded simulator starts with (see the simulator's
   * `BEHAVIOURS`); the others keep their defaults. Ignored with another target.
   */
  readonly behaviours?: SimulatorOptions['behaviours'];
}

/** A running demo. */
export interface RunningDemo {
  /** `http://127.0.0.1:<port>`: open it in a browser. */
  readonly url: string;
  readonly port: number;
  readonly upstream: Upstream;
  /** The embedded simulator, when the target is `simulator`. */
  readonly simulator: RunningSimulator | undefined;
  /** Stops the server, then the simulator and Vite. */
  close(): Promise<void>;
}

type AppHandler = NonNullable<ProxyHandlerOptions['app']>;

/**
 * Starts the demo server.
 *
 * @throws {Error} when the port is taken or Vite cannot start.
 * @example
 * ```ts
 * const demo = await startDemoServer({ port: 0 });
 * console.log(demo.url); // http://127.0.0.1:40123
 * await demo.close();
 * ```
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<RunningDemo> {
  const host = options.host ?? '127.0.0.1';
  const target = options.target ?? 'simulator';
  const simulator =
    target === 'simulator'
      ? await startSimulator({
          port: 0,
          ...(options.simulatorLog ? { log: options.simulatorLog } : {}),
          ...(options.behaviours ? { behaviours: options.behaviours } : {}),
        })
      : undefined;
  const upstream = target === 'simulator' ? simulatorUpstream(simulator!) : remoteUpstream(target);
  const closers: (() => Promise<void>)[] = [];
  if (simulator !== undefined) closers.push(() => simulator.close());
  try {
    const server = createServer();
    const app = options.dev
      ? await viteApp(server, closers)
      : staticApp(options.staticDir ?? fileURLToPath(new URL('../dist', import.meta.url)));
    const handler = createProxyHandler({
      upstream,
      app,
      allowedHosts: [...LOOPBACK_HOSTS, bracketed(host), ...(options.allowedHosts ?? [])],
      ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
      ...(options.upstreamTimeoutMs !== undefined ? { upstreamTimeoutMs: options.upstreamTimeoutMs } : {}),
      ...(options.maxAnswerBytes !== undefined ? { maxAnswerBytes: options.maxAnswerBytes } : {}),
      ...(options.log !== undefined ? { log: options.log } : {}),
    });
    server.on('request', handler);
    await listen(server, options.port ?? 5173, host);
    closers.unshift(() => closeServer(server));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${bracketed(host)}:${port}`,
      port,
      upstream,
      simulator,
      close: async () => {
        for (const close of closers.splice(0)) await close();
      },
    };
  } catch (error) {
    for (const close of closers.splice(0)) await close().catch(() => undefined);
    throw error;
  }
}

/** An IPv6 address in brackets, as URLs and `Host` headers write it. */
function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

function staticApp(root: string): AppHandler {
  return (request, response, path) => serveStatic(root, path, request.method ?? 'GET', response);
}

/** Vite's dev middleware over the demo's sources, its hot reload on the same server (dev only). */
async function viteApp(server: Server, closers: (() => Promise<void>)[]): Promise<AppHandler> {
  const { createServer: createViteServer } = await import('vite');
  const vite = await createViteServer({
    root: DEMO_ROOT,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    server: { middlewareMode: true, hmr: { server } },
    appType: 'spa',
  });
  closers.push(() => vite.close());
  return (request: IncomingMessage, response: ServerResponse) =>
    new Promise<void>((resolve) => {
      vite.middlewares(request, response, () => {
        response.statusCode = 404;
        response.end();
        resolve();
      });
      response.once('close', () => resolve());
    });
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  });
}
