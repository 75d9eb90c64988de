/**
 * Files and directories that only their owner may read or change: the unit's key and everything
 * the CLI keeps in its state directory. A file is either created exclusively
 * (`O_CREAT | O_EXCL | O_NOFOLLOW`: never over an existing file, never through a symbolic link,
 * not even a dangling one) or replaced atomically by such a fresh file written beside it, flushed
 * to disk and renamed over the old one (a rename replaces a symbolic link itself, never its
 * target). Files get mode 0600 and directories 0700, set explicitly after creation (fchmod,
 * chmod), so they hold whatever the umask. The file store of `@fatoora/node` writes its own
 * files the same way, asynchronously (its `atomic-write.ts`).
 */
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { FileExistsError } from './file-exists-error.ts';
import { describeFsError } from './io.ts';
import { UsageError } from './usage-error.ts';

/**
 * The mode of every file the CLI creates for secrets or state: read and write for the owner.
 *
 * @example
 * ```ts
 * (statSync(keyFile).mode & 0o777) === PRIVATE_FILE_MODE;
 * ```
 */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * The mode of every directory the CLI creates for its state: the owner only.
 *
 * @example
 * ```ts
 * (statSync(stateDir).mode & 0o777) === PRIVATE_DIRECTORY_MODE;
 * ```
 */
export const PRIVATE_DIRECTORY_MODE = 0o700;

/** Create, write only, fail if anything is there; Windows has no O_NOFOLLOW (nor symlink tricks). */
const CREATE_EXCLUSIVELY =
  constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0);

/** How a private file is written. */
export interface PrivateFileOptions {
  /** Replace what is at the path (atomically); otherwise an existing path is refused. */
  readonly replace?: boolean;
  /** The path as the user gave it, for messages; the absolute path by default. */
  readonly shownAs?: string;
  /** What to tell the user when the path exists (after "<path> already exists: "). */
  readonly ifExists?: string;
}

/**
 * Writes `text` to the file at `path` (absolute), mode 0600 whatever the umask: a new file, or —
 * with `replace` — a fresh file renamed over whatever is there.
 *
 * @throws {FileExistsError} when something is at `path` (a dangling symbolic link included) and
 * `replace` is not set.
 * @throws {UsageError} when the file cannot be written (the message names it).
 * @example
 * ```ts
 * writePrivateFile('/home/me/egs-key.pem', pem, { shownAs: 'egs-key.pem', ifExists: 'pass --force to replace it' });
 * writePrivateFile('/home/me/.fatoora/cli-settings.json', json, { replace: true });
 * ```
 */
export function writePrivateFile(path: string, text: string, options: PrivateFileOptions = {}): void {
  const shown = options.shownAs ?? path;
  try {
    if (options.replace) replaceFile(path, text);
    else createFile(path, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && !options.replace) {
      throw new FileExistsError(
        path,
        `${shown} already exists${options.ifExists ? `: ${options.ifExists}` : ''}`,
      );
    }
    throw new UsageError(`cannot write ${shown}: ${describeFsError(error)}`);
  }
}

/**
 * Creates the directory `path` (absolute) and its missing parents with mode 0700 whatever the
 * umask. Directories that already exist keep their mode.
 *
 * @throws {UsageError} when a directory cannot be created.
 * @example
 * ```ts
 * ensurePrivateDirectory('/home/me/.fatoora/invoices/default');
 * ```
 */
export function ensurePrivateDirectory(path: string): void {
  try {
    const created = mkdirSync(path, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
    if (created === undefined) return;
    // mkdir's mode is masked by the umask: set it on each directory made here, outermost first.
    let current = created;
    chmodSync(current, PRIVATE_DIRECTORY_MODE);
    for (const part of relative(created, path).split(sep).filter(Boolean)) {
      current = join(current, part);
      chmodSync(current, PRIVATE_DIRECTORY_MODE);
    }
  } catch (error) {
    throw new UsageError(`cannot create ${path}: ${describeFsError(error)}`);
  }
}

/** Creates `path` exclusively with `text`, flushed to disk; removes it again if writing fails. */
function createFile(path: string, text: string): void {
  const descriptor = openSync(path, CREATE_EXCLUSIVELY, PRIVATE_FILE_MODE);
  try {
    fchmodSync(descriptor, PRIVATE_FILE_MODE);
    writeFileSync(descriptor, text, 'utf8');
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    removeQuietly(path);
    throw error;
  }
  closeSync(descriptor);
}

/** Writes a fresh temporary file beside `path`, then renames it over `path`. */
function replaceFile(path: string, text: string): void {
  const directory = dirname(path);
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  createFile(temporary, text);
  try {
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
  syncDirectory(directory);
}

/** Flushes a directory's entries (the rename) to disk, where the platform can. */
function syncDirectory(directory: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(directory, 'r');
    fsyncSync(descriptor);
  } catch {
    // Windows cannot open a directory; the rename itself has happened.
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
