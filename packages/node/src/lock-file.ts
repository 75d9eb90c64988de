/**
 * A lock file that serializes writers across processes: acquiring creates the file with
 * `O_CREAT | O_EXCL` (only one process can) and writes its owner (host, pid, start time, a random
 * token) into it; releasing removes it. A process killed with `kill -9` leaves its lock behind, so
 * a waiter that finds the owner dead on this host breaks the lock — under a second, short-lived
 * `.break` lock and only if the file still holds the dead owner's token, so two waiters can never
 * both break it and remove a fresh lock by mistake. A lock left empty by a process killed between
 * creating and writing it counts as stale once it is a few seconds old. Lock files have mode 0600,
 * like every file of the store, whatever the umask.
 */
import { randomUUID } from 'node:crypto';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { StoreError } from '@fatoora/core/errors';
import { currentOwner, isOwnerAlive, type LockOwner } from './process-liveness.ts';

/** What a lock file holds. */
interface LockContent extends LockOwner {
  readonly token: string;
}

/** An empty or unreadable lock older than this is taken for one whose writer died mid-write. */
const UNWRITTEN_LOCK_AGE_MS = 5_000;

/** A held lock. */
export interface HeldLock {
  /** Whether acquiring it broke a stale lock (a writer was killed: leftovers may need cleaning). */
  readonly brokeStaleLock: boolean;
  /** Removes the lock (if it is still ours). */
  release(): Promise<void>;
}

const isCode = (error: unknown, code: string) => (error as NodeJS.ErrnoException | undefined)?.code === code;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Parses a lock's content, or `undefined` when it is empty or garbled. */
function parseLock(text: string): LockContent | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockContent>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string'
      ? { host: value.host, pid: value.pid, startTime: value.startTime ?? null, token: value.token }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a file, or `undefined` if it does not exist. */
async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

/** Creates `path` exclusively with `content`; `false` if it already exists. */
async function createExclusive(path: string, content: LockContent): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    await handle.chmod(0o600);
    await handle.writeFile(JSON.stringify(content), 'utf8');
  } catch (error) {
    await handle.close();
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return true;
}

/** Whether the lock whose text is `text` was left by a dead process (or never written). */
async function isStale(path: string, text: string): Promise<boolean> {
  const owner = parseLock(text);
  if (owner !== undefined) return !isOwnerAlive(owner);
  try {
    return Date.now() - (await stat(path)).mtimeMs > UNWRITTEN_LOCK_AGE_MS;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return false;
    throw error;
  }
}

/**
 * Removes the lock at `path` if its holder is dead. Returns whether it did.
 */
async function breakIfStale(path: string): Promise<boolean> {
  const text = await readIfExists(path);
  if (text === undefined || !(await isStale(path, text))) return false;
  const breaker = `${path}.break`;
  if (!(await createExclusive(breaker, { ...currentOwner(), token: randomUUID() }))) {
    // Another waiter is breaking it; unless that waiter died too.
    const breakerText = await readIfExists(breaker);
    if (breakerText !== undefined && (await isStale(breaker, breakerText))) {
      await unlink(breaker).catch(() => undefined);
    }
    return false;
  }
  try {
    if ((await readIfExists(path)) !== text) return false;
    await unlink(path);
    return true;
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

/**
 * Acquires the lock file at `path`, waiting (polling with a growing pause) while a live process
 * holds it and breaking it when its holder is dead.
 *
 * @throws {StoreError} `store-unavailable` when the lock stays held past `timeoutMs`, or the file
 * system fails (`cause`).
 * @example
 * ```ts
 * const lock = await acquireLockFile('/var/lib/fatoora/units/till-1/lock', 10_000);
 * try { … } finally { await lock.release(); }
 * ```
 */
export async function acquireLockFile(path: string, timeoutMs: number): Promise<HeldLock> {
  const deadline = Date.now() + timeoutMs;
  let pause = 1;
  let brokeStaleLock = false;
  for (;;) {
    const content: LockContent = { ...currentOwner(), token: randomUUID() };
    try {
      if (await createExclusive(path, content)) {
        return { brokeStaleLock, release: () => releaseLockFile(path, content.token) };
      }
      if (await breakIfStale(path)) {
        brokeStaleLock = true;
        continue;
      }
    } catch (cause) {
      throw new StoreError('store-unavailable', `Could not take the lock file ${path}.`, { cause });
    }
    if (Date.now() >= deadline) {
      const holder = parseLock((await readIfExists(path).catch(() => undefined)) ?? '');
      throw new StoreError(
        'store-unavailable',
        `The lock file ${path} is still held${holder ? ` by pid ${holder.pid} on ${holder.host}` : ''} after ${timeoutMs} ms.`,
        { details: { path, timeoutMs, holderPid: holder?.pid } },
      );
    }
    await sleep(pause);
    pause = Math.min(pause * 2, 10);
  }
}

/** Removes the lock at `path` if it still holds `token`. */
async function releaseLockFile(path: string, token: string): Promise<void> {
  try {
    const held = parseLock((await readIfExists(path)) ?? '');
    if (held?.token === token) await unlink(path);
  } catch (cause) {
    throw new StoreError('store-unavailable', `Could not release the lock file ${path}.`, { cause });
  }
}
