/**
 * The CLI refused to create a file because something is already at its path — a file, a
 * directory or a symbolic link (even one pointing nowhere) — and overwriting it was not asked
 * for. A {@link UsageError} (exit code 2) that carries the path, so a caller can add its own hint.
 */
import { UsageError } from './usage-error.ts';

/**
 * Something already exists where the CLI would create a file.
 *
 * @example
 * ```ts
 * throw new FileExistsError('/home/me/egs-key.pem', 'egs-key.pem already exists: pass --force to replace it');
 * ```
 */
export class FileExistsError extends UsageError {
  /** The absolute path that was refused. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.name = 'FileExistsError';
    this.path = path;
  }
}
