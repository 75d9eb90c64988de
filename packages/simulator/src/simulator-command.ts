/**
 * The `simulator` command (`fatoora simulator`, `fatoora-simulator`): parses its flags, starts a
 * simulator, prints its URLs, logs one line per call (never headers or bodies), and runs until
 * stopped — by the caller's abort signal, else by SIGINT or SIGTERM — then closes cleanly. Exit
 * codes follow the CLI's: 0 after a clean stop, 2 for bad usage, 1 when the simulator cannot start
 * (a port in use, an unreadable data directory).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FATOORA_ACTIONS, type FatooraAction } from '@fatoora/core/api';
import { ENVIRONMENTS, type FatooraEnvironment, isFatooraEnvironment } from '@fatoora/core/model';
import { DEFAULT_OTP } from './auth/otp.ts';
import type { BehaviourSettings } from './behaviours/behaviour-table.ts';
import { parseBehaviourAssignment } from './behaviours/behaviours.ts';
import { behaviourHelpLines } from './behaviours/render-behaviours.ts';
import { type SimulatorOptions, startSimulator } from './start-simulator.ts';

/** What the command may touch; the CLI's `CliIo` fits it. */
export interface SimulatorCommandIo {
  /** Receives the help, the URLs it listens on and one log line per call; the bin writes to stdout. */
  readonly stdout: (text: string) => void;
  /** Receives usage errors and start-up failures; the bin writes them to stderr. */
  readonly stderr: (text: string) => void;
  /** The directory `--data-dir` is resolved against. */
  readonly cwd: string;
  /** Stops the simulator when aborted. When absent, SIGINT and SIGTERM stop it. */
  readonly signal?: AbortSignal;
}

/**
 * The command's help text; its first line is the summary the CLI's usage lists.
 *
 * @example
 * ```ts
 * const COMMANDS = { simulator: { help: SIMULATOR_COMMAND_HELP } };
 * ```
 */
export const SIMULATOR_COMMAND_HELP = `fatoora simulator [--port <n>] [--host <addr>] [--data-dir <dir>] [--environment <name>] [options]
  Runs a local stand-in for ZATCA's Fatoora platform until Ctrl-C.
  --port <n>             TCP port (default 0: a free one, printed)
  --host <addr>          address to listen on (default 127.0.0.1)
  --data-dir <dir>       keep CSIDs, chains and submissions in <dir> (default: memory)
  --environment <name>   environment served at the root: developer-portal, simulation (default), production
  --otp <code>           an OTP simulation and production take as if the Fatoora portal had issued it
                         (repeatable; none by default: POST /simulator/otp mints one per unit;
                         the developer portal takes ${DEFAULT_OTP})
  --single-use-otp       each --otp code works once, as a portal OTP does
  --behaviour <name>=<value>
                         an unsettled platform behaviour (repeatable; ZATCA's default first):
${behaviourHelpLines().join('\n')}
  --clearance-disabled   the same as --behaviour clearance=off
  --latency <ms>         wait this long before every answer
  --fault-endpoint <name>
                         aim --latency (and faults set later) at this endpoint only (repeatable):
                         ${Object.keys(FATOORA_ACTIONS).join(', ')}
  --analysis-threads <n> threads that check submitted documents (default: cores - 1, 1 to 2;
                         0 checks them on the event loop, where a large one holds up other calls)
  --quiet                no log line per call`;

/**
 * Runs the command until it is stopped.
 *
 * @returns the exit code: 0 after a clean stop, 1 when the simulator could not start, 2 for bad usage.
 * @example
 * ```ts
 * const code = await runSimulatorCommand(['--port', '8080'], {
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 *   cwd: process.cwd(),
 * });
 * ```
 */
export async function runSimulatorCommand(argv: readonly string[], io: SimulatorCommandIo): Promise<number> {
  let options: SimulatorOptions;
  try {
    const parsed = readOptions(argv, io);
    if (parsed === 'help') {
      io.stdout(`${SIMULATOR_COMMAND_HELP}\n`);
      return 0;
    }
    options = parsed;
  } catch (error) {
    io.stderr(`fatoora simulator: ${(error as Error).message}\n`);
    return 2;
  }

  let simulator: Awaited<ReturnType<typeof startSimulator>>;
  try {
    simulator = await startSimulator(options);
  } catch (error) {
    io.stderr(`fatoora simulator: cannot start: ${describeStartFailure(error)}\n`);
    return 1;
  }
  const { url } = simulator;
  io.stdout(
    [
      `Fatoora simulator listening on ${url} (${simulator.defaultEnvironment} at the root)`,
      ...Object.keys(ENVIRONMENTS).map(
        (name) => `  ${name.padEnd(17)} ${simulator.urlFor(name as FatooraEnvironment)}`,
      ),
      `  ${'admin'.padEnd(17)} ${url}/simulator/health, /simulator/otp, /simulator/faults, /simulator/behaviours`,
      `State: ${simulator.dataDir ?? 'in memory, gone when stopped'}`,
      'Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );

  await stopped(io.signal);
  await simulator.close();
  io.stdout('Fatoora simulator stopped.\n');
  return 0;
}

/** The simulator options of the command line, or `'help'`. */
function readOptions(argv: readonly string[], io: SimulatorCommandIo): SimulatorOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      environment: { type: 'string' },
      otp: { type: 'string', multiple: true },
      'single-use-otp': { type: 'boolean' },
      behaviour: { type: 'string', multiple: true },
      'clearance-disabled': { type: 'boolean' },
      latency: { type: 'string' },
      'fault-endpoint': { type: 'string', multiple: true },
      'analysis-threads': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const environment = values.environment ?? 'simulation';
  if (!isFatooraEnvironment(environment)) {
    throw new Error(
      `--environment must be one of ${Object.keys(ENVIRONMENTS).join(', ')}, not ${environment}`,
    );
  }
  const otpCodes = values.otp;
  if (otpCodes?.some((code) => !/^\d{6}$/.test(code))) throw new Error('--otp takes six digits');
  let behaviours: Partial<BehaviourSettings> = values['clearance-disabled'] ? { clearance: 'off' } : {};
  for (const assignment of values.behaviour ?? []) {
    behaviours = { ...behaviours, ...parseBehaviourAssignment(assignment) };
  }
  const endpoints = values['fault-endpoint'] ?? [];
  const unknown = endpoints.find((name) => !Object.hasOwn(FATOORA_ACTIONS, name));
  if (unknown !== undefined) {
    throw new Error(
      `--fault-endpoint must be one of ${Object.keys(FATOORA_ACTIONS).join(', ')}, not ${unknown}`,
    );
  }
  return {
    port: wholeNumber('--port', values.port ?? '0', 65_535),
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values['data-dir'] !== undefined ? { dataDir: resolve(io.cwd, values['data-dir']) } : {}),
    defaultEnvironment: environment,
    otp: { ...(otpCodes ? { codes: otpCodes } : {}), singleUse: values['single-use-otp'] === true },
    faults: {
      latencyMs: wholeNumber('--latency', values.latency ?? '0', 1_000_000),
      endpoints: endpoints as FatooraAction[],
    },
    behaviours,
    ...(values['analysis-threads'] !== undefined
      ? { analysisThreads: wholeNumber('--analysis-threads', values['analysis-threads'], 64) }
      : {}),
    ...(values.quiet ? {} : { log: (line: string) => io.stdout(`${new Date().toISOString()} ${line}\n`) }),
  };
}

function wholeNumber(flag: string, text: string, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value <= max)) throw new Error(`${flag} must be a whole number from 0 to ${max}, not ${text}`);
  return value;
}

/** Resolves when `signal` aborts, or — without one — on SIGINT or SIGTERM. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  if (signal) {
    return new Promise((resolveStop) => {
      if (signal.aborted) resolveStop();
      else signal.addEventListener('abort', () => resolveStop(), { once: true });
    });
  }
  return new Promise((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function describeStartFailure(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return 'the port is already in use';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
