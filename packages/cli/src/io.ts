/**
 * What a command may touch of the outside world: where it writes text, the directory relative
 * paths start from, and files. Passing it in lets tests run commands in-process against real
 * temporary files, and keeps `process` out of the command modules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './usage-error.ts';

/** The command's view of its environment. */
export interface CliIo {
  /** Receives the command's output (text, each piece ending in a newline); the bin writes it to stdout. */
  readonly stdout: (text: string) => void;
  /** Receives error messages (`fatoora <command>: …`); the bin writes them to stderr. */
  readonly stderr: (text: string) => void;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /** Environment variables the commands read (`FATOORA_BASE_URL`); none when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Stops a long-running command (`simulator`) when aborted; without it, SIGINT/SIGTERM do. */
  readonly signal?: AbortSignal;
}

/** Reads a text file named on the command line, or fails with exit code 2 naming it. */
export function readTextFile(io: CliIo, path: string): string {
  try {
    return readFileSync(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${describeFsError(error)}`);
  }
}

/**
 * Reads an XML document named on the command line as raw bytes, or fails with exit code 2 naming
 * it. The bytes go to core's readers, which decode them as UTF-8 strictly: reading the file as
 * text here would turn invalid bytes into U+FFFD and hash or sign text that nobody wrote.
 */
export function readXmlFile(io: CliIo, path: string): Uint8Array {
  try {
    return readFileSync(resolve(io.cwd, path));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${describeFsError(error)}`);
  }
}

/**
 * Writes a file named on the command line, or fails with exit code 2. Not for secrets: those go
 * through `private-file.ts` (mode 0600, never through a symbolic link).
 */
export function writeTextFile(io: CliIo, path: string, text: string): void {
  try {
    writeFileSync(resolve(io.cwd, path), text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${describeFsError(error)}`);
  }
}

/**
 * A file system error in a few words, for a message that names the file itself.
 *
 * @throws nothing.
 * @example
 * ```ts
 * describeFsError(Object.assign(new Error(), { code: 'ENOENT' })); // 'no such file'
 * ```
 */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EEXIST') return 'it already exists';
  if (code === 'ELOOP') return 'it is a symbolic link';
  return code ?? String(error);
}

/**
 * Delivers a command's result: written to `--out` (then a one-line summary on stdout), or printed.
 *
 * @throws {UsageError} when the file cannot be written.
 */
export function emit(
  io: CliIo,
  out: string | boolean | undefined,
  text: string,
  summary = `wrote ${String(out)}`,
): void {
  if (typeof out === 'string') {
    writeTextFile(io, out, text);
    io.stdout(`${summary}\n`);
  } else {
    io.stdout(text);
  }
}
