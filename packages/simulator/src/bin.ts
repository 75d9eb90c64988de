#!/usr/bin/env node
/**
 * The `fatoora-simulator` executable (built, it runs on plain Node; from the sources,
 * `pnpm simulator` runs it with tsx): wires {@link runSimulatorCommand} to the process — its arguments, standard output and error, the directory it was started from
 * (`INIT_CWD` under pnpm) — and stops the simulator cleanly on SIGINT or SIGTERM.
 *
 * @example
 * ```sh
 * fatoora-simulator --port 8080 --data-dir .fatoora-simulator --environment simulation
 * ```
 */
import { runSimulatorCommand } from './simulator-command.ts';

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());

process.exitCode = await runSimulatorCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  signal: stop.signal,
});
