/**
 * The demo's command line (`node --import tsx apps/demo/server/bin.ts`, which `scripts/demo.sh`
 * runs): reads flags and environment variables, starts the demo server, prints its URL and the
 * target, logs one line per call, and stops cleanly on SIGINT/SIGTERM or when `io.signal` aborts.
 *
 * ```
 * --target simulator|developer-portal|simulation|production   (or FATOORA_TARGET; default simulator)
 * --port <n> (or FATOORA_DEMO_PORT; default 5173, or a free port when that one is taken)
 * --host <addr> (default 127.0.0.1)
 * --allowed-host <name> (repeatable)   --max-body <bytes>   --upstream-timeout <ms>
 * --behaviour <name>=<value> (repeatable; the embedded simulator's unsettled behaviours)
 * --static-dir <dir>   --dev   --quiet   --help
 * ```
 */
import { parseArgs } from 'node:util';
import { behaviourFlagLines, parseBehaviourFlags } from './behaviour-flags.ts';
import { type DemoServerOptions, startDemoServer } from './demo-server.ts';
import { DEMO_TARGETS, parseTarget } from './targets.ts';

/** The usage text. */
export const DEMO_COMMAND_HELP = `fatoora demo: the playground and its proxy on one origin

Options:
  --target <name>          where /api/* goes: ${DEMO_TARGETS.join(' | ')}
                           (default: FATOORA_TARGET, else simulator, started in this process)
  --port <n>               port (default: FATOORA_DEMO_PORT, else 5173 or, when that one is
                           taken, a free one; 0 picks a free one)
  --host <addr>            address to listen on (default 127.0.0.1)
  --allowed-host <name>    another Host header to answer (repeatable)
  --max-body <bytes>       largest request body (default 1048576)
  --upstream-timeout <ms>  deadline of one upstream call (default 30000)
  --behaviour <name>=<value>
                           an unsettled platform behaviour the embedded simulator starts with,
                           as fatoora simulator --behaviour takes it (repeatable; the simulator
                           target only; the app's Platform behaviours page changes them later).
                           The behaviours and their values, the default first:
${behaviourFlagLines('                             ').join('\n')}
  --static-dir <dir>       the built app (default apps/demo/dist)
  --dev                    serve the sources through Vite instead of the build
  --quiet                  no log line per call
  --help                   this text
`;

/** Where the command writes, and what stops it. */
export interface DemoCommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Stops the server when aborted; default: SIGINT and SIGTERM. */
  readonly signal?: AbortSignal;
}

/**
 * Runs the command; resolves with the exit code once the server has stopped (0), or at once for
 * bad usage (2) or a failed start (1).
 *
 * @example
 * ```ts
 * process.exitCode = await runDemoCommand(process.argv.slice(2), {
 *   stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env,
 * });
 * ```
 */
export async function runDemoCommand(argv: readonly string[], io: DemoCommandIo): Promise<number> {
  let options: DemoServerOptions;
  try {
    const parsed = readOptions(argv, io);
    if (parsed === 'help') {
      io.stdout(DEMO_COMMAND_HELP);
      return 0;
    }
    options = parsed;
  } catch (error) {
    io.stderr(`demo: ${(error as Error).message}\n${DEMO_COMMAND_HELP}`);
    return 2;
  }
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  try {
    demo = await startDemoServer(options).catch((error: NodeJS.ErrnoException) => {
      // The default port is a wish: when another program holds it, any free port will do.
      if (error.code !== 'EADDRINUSE' || explicitPort(argv, io.env)) throw error;
      io.stderr(`demo: port ${options.port} is in use; taking a free one\n`);
      return startDemoServer({ ...options, port: 0 });
    });
  } catch (error) {
    io.stderr(`demo: could not start: ${(error as Error).message}\n`);
    return 1;
  }
  const where = demo.simulator ? `the embedded simulator (${demo.upstream.baseUrl})` : demo.upstream.baseUrl;
  io.stdout(`demo: /api → ${where}\n`);
  io.stdout(`demo: open ${demo.url}\n`);
  await stopped(io.signal);
  io.stdout('demo: stopping\n');
  await demo.close();
  return 0;
}

function readOptions(argv: readonly string[], io: DemoCommandIo): DemoServerOptions | 'help' {
  const { env } = io;
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      target: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'allowed-host': { type: 'string', multiple: true },
      'max-body': { type: 'string' },
      'upstream-timeout': { type: 'string' },
      behaviour: { type: 'string', multiple: true },
      'static-dir': { type: 'string' },
      dev: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  const port = whole(values.port ?? env.FATOORA_DEMO_PORT ?? '5173', 'port', 0, 65_535);
  const target = parseTarget(values.target ?? env.FATOORA_TARGET);
  if (values.behaviour !== undefined && target !== 'simulator') {
    throw new Error(`--behaviour sets the embedded simulator, and the target is ${target}.`);
  }
  return {
    target,
    port,
    ...(values.behaviour !== undefined ? { behaviours: parseBehaviourFlags(values.behaviour) } : {}),
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values['allowed-host'] !== undefined ? { allowedHosts: values['allowed-host'] } : {}),
    ...(values['max-body'] !== undefined
      ? { maxBodyBytes: whole(values['max-body'], 'max-body', 1, 64 * 1024 * 1024) }
      : {}),
    ...(values['upstream-timeout'] !== undefined
      ? { upstreamTimeoutMs: whole(values['upstream-timeout'], 'upstream-timeout', 1, 600_000) }
      : {}),
    ...(values['static-dir'] !== undefined ? { staticDir: values['static-dir'] } : {}),
    ...(values.dev ? { dev: true } : {}),
    ...(values.quiet ? {} : { log: (line: string) => io.stdout(`${line}\n`) }),
  };
}

/** Whether the port was asked for (`--port` or `FATOORA_DEMO_PORT`), rather than the default. */
function explicitPort(argv: readonly string[], env: DemoCommandIo['env']): boolean {
  return (
    env.FATOORA_DEMO_PORT !== undefined || argv.some((arg) => arg === '--port' || arg.startsWith('--port='))
  );
}

/** A whole number in [min, max], or an error naming the option. */
function whole(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  }
  return value;
}

/** Resolves when `signal` aborts, or on SIGINT/SIGTERM without one. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  if (signal !== undefined) {
    return signal.aborted
      ? Promise.resolve()
      : new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  }
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
