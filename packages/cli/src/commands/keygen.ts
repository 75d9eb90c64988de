/**
 * `fatoora keygen`: a new secp256k1 key for an EGS unit, as PEM. Written to a file, it is the
 * unit's signing secret: the file is created with mode 0600 whatever the umask, never over an
 * existing file (the key of an onboarded unit would be lost) and never through a symbolic link;
 * `--force` replaces what is there atomically with a fresh 0600 file (`private-file.ts`).
 */
import { resolve } from 'node:path';
import { exportPrivateKey, generatePrivateKey } from '@fatoora/core';
import { parseCommandArguments } from '../arguments.ts';
import type { CliIo } from '../io.ts';
import { writePrivateFile } from '../private-file.ts';
import { UsageError } from '../usage-error.ts';
import { USAGE_LINES } from './usage-lines.ts';

/**
 * `fatoora keygen --help`; its first line is the summary `fatoora --help` lists.
 *
 * @example
 * ```ts
 * io.stdout(`${keygenHelp}\n`);
 * ```
 */
export const keygenHelp = `${USAGE_LINES.keygen}
  Generates a secp256k1 private key (PEM; SEC1 "EC PRIVATE KEY" by default).
  --out <file>   write it to <file> instead of standard output: a new file, mode 0600 whatever
                 the umask. An existing <file> is refused (a symbolic link there too, even one
                 pointing nowhere): it may be the key of an onboarded unit
  --force        replace an existing <file>: a fresh 0600 file is renamed over it (a symbolic
                 link is replaced, never written through). The old key is lost for good`;

/**
 * Runs `keygen`; returns the exit code.
 *
 * @throws {UsageError} for bad usage, or when the file cannot be written.
 * @throws {FileExistsError} when `--out` names an existing path and `--force` is not given.
 * @example
 * ```ts
 * keygen(['--out', 'egs-key.pem'], io); // 0, and egs-key.pem has mode 0600
 * ```
 */
export function keygen(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArguments(
    'keygen',
    args,
    { format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
    { min: 0, max: 0, names: '' },
  );
  const format = (values.format as string | undefined) ?? 'sec1';
  if (format !== 'sec1' && format !== 'pkcs8')
    throw new UsageError(`keygen: --format must be sec1 or pkcs8, not ${format}`);
  const out = values.out as string | undefined;
  const force = values.force === true;
  if (force && out === undefined) throw new UsageError('keygen: --force needs --out <file>');
  const pem = exportPrivateKey(generatePrivateKey(), { format });
  if (out === undefined) {
    io.stdout(pem);
    return 0;
  }
  writePrivateFile(resolve(io.cwd, out), pem, {
    replace: force,
    shownAs: out,
    ifExists: 'pass --force to replace it (its key is then lost)',
  });
  io.stdout(`wrote ${out}\n`);
  return 0;
}
