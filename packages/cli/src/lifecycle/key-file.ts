/**
 * The unit's key file for `fatoora onboard --key <file>`: read when it exists (a key made with
 * `fatoora keygen`), else a new secp256k1 key written there first — mode 0600, never over an
 * existing file — so the key is safe on disk before any CSID is bound to it.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { exportPrivateKey, generatePrivateKey, type PrivateKey } from '@fatoora/core';
import { readPrivateKey } from '../inputs.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Reads the key file at `path` (absolute), or creates it.
 *
 * @throws {UsageError} when the file is not a private key or cannot be written.
 * @example
 * ```ts
 * const { key, created } = readOrCreateKeyFile(io, '/home/me/egs-key.pem');
 * ```
 */
export function readOrCreateKeyFile(io: CliIo, path: string): { key: PrivateKey; created: boolean } {
  if (existsSync(path)) return { key: readPrivateKey(io, path), created: false };
  const key = generatePrivateKey();
  try {
    writeFileSync(path, exportPrivateKey(key), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return { key, created: true };
}
