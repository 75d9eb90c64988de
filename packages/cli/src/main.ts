/**
 * The `fatoora` command line: dispatches to one module per command and turns every failure into
 * an exit code and one clear line on standard error — 0 ok, 1 invalid document or a lifecycle
 * failure (a typed error's code, a rejected document, an outbox not empty), 2 bad usage or
 * unreadable input. No stack trace reaches the user for an expected failure. Commands are
 * synchronous (keys, CSR, hash, signing) or asynchronous (the EGS lifecycle, the simulator), so
 * {@link main} resolves to the exit code.
 */
import { FatooraError } from '@fatoora/core';
import { clear, clearHelp } from './commands/clear.ts';
import { csr, csrHelp } from './commands/csr.ts';
import { hash, hashHelp } from './commands/hash.ts';
import { issue, issueHelp } from './commands/issue.ts';
import { keygen, keygenHelp } from './commands/keygen.ts';
import { onboard, onboardHelp } from './commands/onboard.ts';
import { qr, qrHelp } from './commands/qr.ts';
import { renew, renewHelp } from './commands/renew.ts';
import { report, reportHelp } from './commands/report.ts';
import { sign, signHelp } from './commands/sign.ts';
import { simulator, simulatorHelp } from './commands/simulator.ts';
import { status, statusHelp } from './commands/status.ts';
import { strip, stripHelp } from './commands/strip.ts';
import { verify, verifyHelp } from './commands/verify.ts';
import type { CliIo } from './io.ts';
import { LifecycleError } from './lifecycle/lifecycle-error.ts';
import { InvalidDocumentError, UsageError } from './usage-error.ts';

export type { CliIo } from './io.ts';

type Command = {
  readonly run: (args: readonly string[], io: CliIo) => number | Promise<number>;
  readonly help: string;
};

const COMMANDS: Record<string, Command> = {
  keygen: { run: keygen, help: keygenHelp },
  csr: { run: csr, help: csrHelp },
  hash: { run: hash, help: hashHelp },
  sign: { run: sign, help: signHelp },
  verify: { run: verify, help: verifyHelp },
  qr: { run: qr, help: qrHelp },
  strip: { run: strip, help: stripHelp },
  simulator: { run: simulator, help: simulatorHelp },
  onboard: { run: onboard, help: onboardHelp },
  issue: { run: issue, help: issueHelp },
  report: { run: report, help: reportHelp },
  clear: { run: clear, help: clearHelp },
  status: { run: status, help: statusHelp },
  renew: { run: renew, help: renewHelp },
};

const USAGE = `fatoora — ZATCA e-invoicing from the command line

Usage: fatoora <command> [options]   (fatoora <command> --help for details)

${Object.values(COMMANDS)
  .map(({ help }) => help.split('\n')[0])
  .join('\n')}

The lifecycle commands (onboard, issue, report, clear, status, renew) keep the unit's state in
--state-dir (default .fatoora) and call the local simulator at http://127.0.0.1:8080 unless
--env, --base-url or FATOORA_BASE_URL say otherwise: run "fatoora simulator" in another terminal.

Exit codes: 0 ok, 1 invalid document or lifecycle failure, 2 bad usage or unreadable input.`;

/**
 * Runs the CLI with the given arguments (without `node` and the script name).
 *
 * @returns a promise of the exit code; it never rejects.
 * @example
 * ```ts
 * const code = await main(['verify', 'invoice.xml'], { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() });
 * ```
 */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`fatoora: unknown command "${name}" (try fatoora --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof InvalidDocumentError ||
      error instanceof LifecycleError
    ) {
      // Messages may name the command themselves (`csr: --env …`): name it once.
      const message = error.message.startsWith(`${name}: `)
        ? error.message.slice(name.length + 2)
        : error.message;
      io.stderr(`fatoora ${name}: ${message}\n`);
      return error.exitCode;
    }
    if (error instanceof FatooraError) {
      io.stderr(`fatoora ${name}: ${error.message}\n`);
      return 2;
    }
    io.stderr(`fatoora ${name}: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return 70; // EX_SOFTWARE: a bug in fatoora, not in the input
  }
}
