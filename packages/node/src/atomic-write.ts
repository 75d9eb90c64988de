/**
 * Crash-safe file replacement for the file store: the new text goes to a temporary file beside
 * the target, is flushed to disk (fsync), renamed over the target (atomic on POSIX file systems),
 * and the directory is flushed so the rename itself survives a power cut. A reader, or a process
 * that restarts after `kill -9`, sees either the old file or the new one, never a half-written one.
 * The temporary file is created exclusively and never through a symbolic link
 * (`O_CREAT | O_EXCL | O_NOFOLLOW`), and its mode (0600 unless told otherwise) is set explicitly,
 * so it holds whatever the umask; the rename replaces a symbolic link at the target itself, never
 * the file it points to.
 */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Suffix of temporary files, so that a cleanup can recognise leftovers of a killed writer. */
export const TEMPORARY_SUFFIX = '.tmp';

/** Create, write only, fail if anything is there (a symbolic link included). */
const CREATE_EXCLUSIVELY =
  constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * Flushes a directory's entries (created, renamed or removed files) to disk. Platforms that cannot
 * open a directory for syncing (Windows) skip it.
 *
 * @throws the file system's error for anything but an unsupported directory sync.
 * @example
 * ```ts
 * await syncDirectory('/var/lib/fatoora/units/till-1');
 * ```
 */
export async function syncDirectory(directory: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `text` to `path` atomically and durably: temporary file, fsync, rename, fsync of the
 * directory. The file gets exactly `mode` (0600 by default), whatever the umask. The temporary
 * file is removed if any step fails.
 *
 * @throws the file system's error (the target then still holds its previous content).
 * @example
 * ```ts
 * await writeFileAtomic('/var/lib/fatoora/units/till-1/head.json', '{"counter":1,…}');
 * ```
 */
export async function writeFileAtomic(path: string, text: string, mode = 0o600): Promise<void> {
  const directory = dirname(path);
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${randomUUID()}${TEMPORARY_SUFFIX}`);
  try {
    const handle = await open(temporary, CREATE_EXCLUSIVELY, mode);
    try {
      await handle.chmod(mode); // open's mode is masked by the umask
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}
