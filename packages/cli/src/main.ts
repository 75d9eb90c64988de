/**
 * The `fatoora` command line: dispatches to one module per command and turns every failure into
 * an exit code and one clear line on standard error — 0 ok, 1 invalid document, 2 bad usage or
 * unreadable input. No stack trace reaches the user for an expected failure.
 */
import { FatooraError } from '@fatoora/core';
import { csr, csrHelp } from './commands/csr.ts';
import { hash, hashHelp } from './commands/hash.ts';
import { keygen, keygenHelp } from './commands/keygen.ts';
import { qr, qrHelp } from './commands/qr.ts';
import { sign, signHelp } from './commands/sign.ts';
import { strip, stripHelp } from './commands/strip.ts';
import { verify, verifyHelp } from './commands/verify.ts';
import type { CliIo } from './io.ts';
import { InvalidDocumentError, UsageError } from './usage-error.ts';

export type { CliIo } from './io.ts';

const COMMANDS: Record<string, { run: (args: readonly string[], io: CliIo) => number; help: string }> = {
  keygen: { run: keygen, help: keygenHelp },
  csr: { run: csr, help: csrHelp },
  hash: { run: hash, help: hashHelp },
  sign: { run: sign, help: signHelp },
  verify: { run: verify, help: verifyHelp },
  qr: { run: qr, help: qrHelp },
  strip: { run: strip, help: stripHelp },
};

const USAGE = `fatoora — ZATCA e-invoicing from the command line

Usage: fatoora <command> [options]   (fatoora <command> --help for details)

${Object.values(COMMANDS)
  .map(({ help }) => help.split('\n')[0])
  .join('\n')}

Exit codes: 0 ok, 1 invalid document, 2 bad usage or unreadable input.`;

/**
 * Runs the CLI with the given arguments (without `node` and the script name).
 *
 * @returns the exit code.
 * @example
 * ```ts
 * const code = main(['verify', 'invoice.xml'], { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() });
 * ```
 */
export function main(args: readonly string[], io: CliIo): number {
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
    return command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InvalidDocumentError) {
      io.stderr(`fatoora ${name}: ${error.message}\n`);
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
