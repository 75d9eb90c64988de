/**
 * The unit's key file for `fatoora onboard --key <file>`: read when it exists (a key made with
 * `fatoora keygen`; a symbolic link to one is followed for reading), else a new secp256k1 key
 * written there first — created exclusively with mode 0600 whatever the umask, never over an
 * existing file and never through a symbolic link (`private-file.ts`) — so the key is safe on disk
 * before any CSID is bound to it. A symbolic link that points nowhere is refused, not written
 * through.
 */
import { lstatSync, statSync } from 'node:fs';
import { exportPrivateKey, generatePrivateKey, type PrivateKey } from '@fatoora/core';
import { FileExistsError } from '../file-exists-error.ts';
import { readPrivateKey } from '../inputs.ts';
import type { CliIo } from '../io.ts';
import { writePrivateFile } from '../private-file.ts';

/**
 * Reads the key file at `path` (absolute), or creates it.
 *
 * @throws {UsageError} when the file is not a private key or cannot be written.
 * @throws {FileExistsError} when `path` is a symbolic link to nothing (or appeared meanwhile).
 * @example
 * ```ts
 * const { key, created } = readOrCreateKeyFile(io, '/home/me/egs-key.pem');
 * ```
 */
export function readOrCreateKeyFile(io: CliIo, path: string): { key: PrivateKey; created: boolean } {
  if (exists(path)) return { key: readPrivateKey(io, path), created: false };
  if (isSymbolicLink(path)) {
    throw new FileExistsError(
      path,
      `${path} is a symbolic link to a missing file: refusing to create the key through it (remove the link or pass another --key)`,
    );
  }
  const key = generatePrivateKey();
  writePrivateFile(path, exportPrivateKey(key), {
    ifExists: 'it appeared while the key was being made: run the command again to read it',
  });
  return { key, created: true };
}

/** Whether `path` names something, following symbolic links (unreadable: left to the writer). */
function exists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** Whether `path` itself is a symbolic link. */
function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true;
  } catch {
    return false;
  }
}
