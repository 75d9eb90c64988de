/**
 * `fatoora keygen`: a new secp256k1 key for an EGS unit, as PEM. Written to a file it gets mode
 * 0600, since it is the unit's signing secret.
 */
import { exportPrivateKey, generatePrivateKey } from '@fatoora/core';
import { parseCommandArguments } from '../arguments.ts';
import { type CliIo, emit } from '../io.ts';
import { UsageError } from '../usage-error.ts';

export const keygenHelp = `fatoora keygen [--format sec1|pkcs8] [--out <file>]
  Generates a secp256k1 private key (PEM; SEC1 "EC PRIVATE KEY" by default).
  --out <file>   write it to <file> (mode 0600) instead of standard output`;

/** Runs `keygen`; returns the exit code. */
export function keygen(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArguments(
    'keygen',
    args,
    { format: { type: 'string' }, out: { type: 'string' } },
    { min: 0, max: 0, names: '' },
  );
  const format = (values.format as string | undefined) ?? 'sec1';
  if (format !== 'sec1' && format !== 'pkcs8')
    throw new UsageError(`keygen: --format must be sec1 or pkcs8, not ${format}`);
  const pem = exportPrivateKey(generatePrivateKey(), { format });
  emit(io, values.out, pem, `wrote ${String(values.out)}`, 0o600);
  return 0;
}
