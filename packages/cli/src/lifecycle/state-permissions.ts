/**
 * The state directory must be the user's alone: it holds the unit's credentials, and
 * `cli-settings.json` says which platform the CLI talks to and which key file it signs with — a
 * local user who could change them could redirect both. So, on POSIX systems, a lifecycle command
 * refuses a state directory, or an entry directly in it, that is writable by its group or by
 * others, or that belongs to another user (root excepted), and says how to fix it. The CLI itself
 * creates them 0700 and 0600 (`private-file.ts`, and `FileEgsStore` of `@fatoora/node`). On
 * Windows, where modes mean little, nothing is checked.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../usage-error.ts';

/** The facts of a file's ownership that matter here. */
interface Ownership {
  readonly mode: number;
  readonly uid: number;
}

/**
 * Refuses a state directory that another local user could change. A missing directory passes
 * (it will be created 0700).
 *
 * @throws {UsageError} naming the first offending path, why, and the `chmod` that fixes it.
 * @example
 * ```ts
 * assertPrivateStateDirectory('/home/me/.fatoora'); // throws if it is mode 0775, say
 * ```
 */
export function assertPrivateStateDirectory(stateDir: string): void {
  if (process.platform === 'win32') return;
  const directory = statOrUndefined(stateDir);
  if (directory === undefined) return;
  assertPrivate(stateDir, directory, stateDir);
  let names: string[];
  try {
    names = readdirSync(stateDir);
  } catch {
    return; // unreadable: the command that reads it says so
  }
  for (const name of names) {
    const path = join(stateDir, name);
    const entry = statOrUndefined(path);
    if (entry !== undefined) assertPrivate(path, entry, stateDir);
  }
}

/**
 * Why another user could change the file with these facts, or `undefined` when none could.
 *
 * @throws nothing.
 * @example
 * ```ts
 * whoElseCanWrite({ mode: 0o40775, uid: 1000 }, 1000); // 'writable by its group (mode 0775)'
 * ```
 */
export function whoElseCanWrite(file: Ownership, currentUid: number | undefined): string | undefined {
  const permissions = file.mode & 0o777;
  const octal = permissions.toString(8).padStart(4, '0');
  if ((permissions & 0o022) !== 0) {
    const who =
      (permissions & 0o020) !== 0
        ? (permissions & 0o002) !== 0
          ? 'its group and by everyone'
          : 'its group'
        : 'everyone';
    return `writable by ${who} (mode ${octal})`;
  }
  if (currentUid !== undefined && file.uid !== currentUid && file.uid !== 0) {
    return `owned by another user (uid ${file.uid})`;
  }
  return undefined;
}

function assertPrivate(path: string, file: Ownership, stateDir: string): void {
  const problem = whoElseCanWrite(file, process.getuid?.());
  if (problem === undefined) return;
  const fix = problem.startsWith('owned')
    ? `use a state directory of your own (--state-dir), or chown it`
    : `fix it with: chmod -R go-w ${shellQuote(stateDir)}`;
  throw new UsageError(
    `refusing to use ${path}: it is ${problem}, so another local user could change which platform and key fatoora uses; ${fix}`,
  );
}

function statOrUndefined(path: string): Ownership | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** `path` as one shell word. */
function shellQuote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}
