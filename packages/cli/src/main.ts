/**
 * The `fatoora` command line: dispatches to one module per command and turns every failure into
 * an exit code and one clear line on standard error — 0 ok, 1 invalid document or a lifecycle
 * failure (a typed error's code, a rejected document, an outbox not empty), 2 bad usage or
 * unreadable input. No stack trace reaches the user for an expected failure. Commands are
 * synchronous (keys, CSR, hash, signing) or asynchronous (the EGS lifecycle, the simulator), so
 * {@link main} resolves to the exit code.
 */
import { FatooraError } from '@fatoora/core/errors';
import { type CommandName, USAGE_LINES } from './commands/usage-lines.ts';
import type { CliIo } from './io.ts';
import { LifecycleError } from './lifecycle/lifecycle-error.ts';
import { InvalidDocumentError, UsageError } from './usage-error.ts';

export type { CliIo } from './io.ts';

/** A command once loaded: what runs it and its full help. */
type Command = {
  readonly run: (args: readonly string[], io: CliIo) => number | Promise<number>;
  readonly help: string;
};

/**
 * Each command's module, loaded when the command runs or shows its help: `fatoora --help` and a
 * mistyped command load none of them, so the CLI starts without reading core, the simulator or
 * the PostgreSQL driver (issue 12: `fatoora --help` in ≤ 0.2 s).
 */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  keygen: async () => import('./commands/keygen.ts').then((m) => ({ run: m.keygen, help: m.keygenHelp })),
  csr: async () => import('./commands/csr.ts').then((m) => ({ run: m.csr, help: m.csrHelp })),
  hash: async () => import('./commands/hash.ts').then((m) => ({ run: m.hash, help: m.hashHelp })),
  sign: async () => import('./commands/sign.ts').then((m) => ({ run: m.sign, help: m.signHelp })),
  verify: async () => import('./commands/verify.ts').then((m) => ({ run: m.verify, help: m.verifyHelp })),
  qr: async () => import('./commands/qr.ts').then((m) => ({ run: m.qr, help: m.qrHelp })),
  strip: async () => import('./commands/strip.ts').then((m) => ({ run: m.strip, help: m.stripHelp })),
  simulator: async () =>
    import('./commands/simulator.ts').then((m) => ({ run: m.simulator, help: m.simulatorHelp })),
  onboard: async () => import('./commands/onboard.ts').then((m) => ({ run: m.onboard, help: m.onboardHelp })),
  issue: async () => import('./commands/issue.ts').then((m) => ({ run: m.issue, help: m.issueHelp })),
  report: async () => import('./commands/report.ts').then((m) => ({ run: m.report, help: m.reportHelp })),
  clear: async () => import('./commands/clear.ts').then((m) => ({ run: m.clear, help: m.clearHelp })),
  status: async () => import('./commands/status.ts').then((m) => ({ run: m.status, help: m.statusHelp })),
  renew: async () => import('./commands/renew.ts').then((m) => ({ run: m.renew, help: m.renewHelp })),
};

/**
 * Loads a command by name.
 *
 * @returns `undefined` for a name that is not a command.
 * @example
 * ```ts
 * const verify = await loadCommand('verify');
 * verify?.help.startsWith('fatoora verify'); // true
 * ```
 */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName]() : undefined;
}

const USAGE = `fatoora — ZATCA e-invoicing from the command line

Usage: fatoora <command> [options]   (fatoora <command> --help for details)

${Object.values(USAGE_LINES).join('\n')}

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
  const command = await loadCommand(name);
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
