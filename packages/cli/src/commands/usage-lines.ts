/**
 * The first line of each command's help — its synopsis — as data, so that `fatoora --help` can
 * list every command without loading any of them (start-up stays in the tens of milliseconds; a
 * command's module, and the libraries it needs, load only when it runs or shows its own help).
 * Each command's help begins with its line from here; the simulator's comes from the simulator
 * package, and `main.test.ts` checks that the two agree.
 */

/**
 * Each command's synopsis, in the order `fatoora --help` lists them.
 *
 * @example
 * ```ts
 * USAGE_LINES.hash; // 'fatoora hash <invoice.xml>'
 * ```
 */
export const USAGE_LINES = {
  keygen: 'fatoora keygen [--format sec1|pkcs8] [--out <file> [--force]]',
  csr: 'fatoora csr --config <file> --key <file> [--env developer-portal|simulation|production] [--out <file>] [--base64]',
  hash: 'fatoora hash <invoice.xml>',
  sign: 'fatoora sign <invoice.xml> --key <file> --cert <file> [--signing-time YYYY-MM-DDTHH:MM:SS] [--replace] [--out <file>]',
  verify: 'fatoora verify <invoice.xml> [--ca <file>]... [--cert <file>] [--pih <base64>] [--json]',
  qr: 'fatoora qr <invoice.xml>',
  strip: 'fatoora strip <invoice.xml> [--out <file>]',
  simulator:
    'fatoora simulator [--port <n>] [--host <addr>] [--data-dir <dir>] [--environment <name>] [options]',
  onboard: 'fatoora onboard --otp <code> --csr-config <file> (--key <file> | --store-key) [options]',
  issue: 'fatoora issue <draft.json> [--report-now] [--out <file>] [options]',
  report: 'fatoora report [--force] [options]',
  clear: 'fatoora clear [<icv>] [options]',
  status: 'fatoora status [options]',
  renew: 'fatoora renew (--otp <code> | --resume | --abandon) [options]',
} as const;

/** A command's name. */
export type CommandName = keyof typeof USAGE_LINES;
