/**
 * `fatoora simulator`: runs the local stand-in for ZATCA's platform (`@fatoora/simulator`) until
 * Ctrl-C. Under `fatoora` its port defaults to 8080, where the lifecycle commands look by default
 * (`http://127.0.0.1:8080`), so `pnpm fatoora simulator` in one terminal and `pnpm fatoora onboard
 * …` in another work together without flags.
 */
import { runSimulatorCommand, SIMULATOR_COMMAND_HELP } from '@fatoora/simulator';
import type { CliIo } from '../io.ts';
import { DEFAULT_BASE_URL } from '../lifecycle/endpoint.ts';

/**
 * The port `fatoora simulator` listens on unless told otherwise: the one of the lifecycle
 * commands' default base URL.
 *
 * @example
 * ```ts
 * DEFAULT_SIMULATOR_PORT; // 8080
 * ```
 */
export const DEFAULT_SIMULATOR_PORT = Number(new URL(DEFAULT_BASE_URL).port);

/**
 * `fatoora simulator --help`; its first line is the summary `fatoora --help` lists.
 *
 * @example
 * ```ts
 * io.stdout(`${simulatorHelp}\n`);
 * ```
 */
export const simulatorHelp = `${SIMULATOR_COMMAND_HELP}
  Under fatoora, --port defaults to ${DEFAULT_SIMULATOR_PORT}: the address the lifecycle commands use by default.`;

/**
 * The simulator's arguments with the CLI's default port added when none is given.
 *
 * @example
 * ```ts
 * simulatorArguments(['--quiet']); // ['--port', '8080', '--quiet']
 * simulatorArguments(['--port=0']); // ['--port=0']
 * ```
 */
export function simulatorArguments(args: readonly string[]): string[] {
  const hasPort = args.some((arg) => arg === '--port' || arg.startsWith('--port='));
  return hasPort ? [...args] : ['--port', String(DEFAULT_SIMULATOR_PORT), ...args];
}

/**
 * Runs `simulator` until `io.signal` aborts (or, without one, SIGINT/SIGTERM); resolves to the
 * exit code: 0 after a clean stop, 1 when it cannot start (port in use), 2 for bad usage.
 *
 * @example
 * ```ts
 * const stop = new AbortController();
 * const done = simulator(['--port', '0', '--quiet'], { ...io, signal: stop.signal });
 * stop.abort();
 * await done; // 0
 * ```
 */
export function simulator(args: readonly string[], io: CliIo): Promise<number> {
  return runSimulatorCommand(simulatorArguments(args), io);
}
