/**
 * Whether the process that wrote a lock file still runs, to tell a held lock from one left behind
 * by a process that was killed. A lock records its owner's host, pid and (on Linux) the pid's start
 * time from `/proc/<pid>/stat`, so that a pid recycled by an unrelated process is not taken for
 * the owner. A lock written on another host cannot be judged from here and counts as alive.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds a lock. */
export interface LockOwner {
  readonly host: string;
  readonly pid: number;
  /** The process start time in clock ticks since boot (Linux), or `null` where unknown. */
  readonly startTime: string | null;
}

/** What `/proc/<pid>/stat` tells about a process. */
interface ProcessStat {
  /** `Z` for a zombie: it has exited, only its parent has not collected it yet. */
  readonly state: string;
  readonly startTime: string;
}

/** Reads `/proc/<pid>/stat`, or `undefined` when not on Linux or the process is gone. */
function readProcessStat(pid: number): ProcessStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [state, startTime] = [fields[0], fields[19]];
    return state === undefined || startTime === undefined ? undefined : { state, startTime };
  } catch {
    return undefined;
  }
}

/**
 * A process's start time in clock ticks since boot (field 22 of `/proc/<pid>/stat`), or `null`
 * when not on Linux or the process is gone.
 *
 * @throws nothing: an unreadable `/proc` gives `null`.
 * @example
 * ```ts
 * processStartTime(process.pid); // '50481' on Linux
 * ```
 */
export function processStartTime(pid: number): string | null {
  return readProcessStat(pid)?.startTime ?? null;
}

/**
 * The owner record for this process.
 *
 * @throws nothing.
 * @example
 * ```ts
 * JSON.stringify(currentOwner()); // {"host":"till-7","pid":4242,"startTime":"50481"}
 * ```
 */
export function currentOwner(): LockOwner {
  return { host: hostname(), pid: process.pid, startTime: processStartTime(process.pid) };
}

/**
 * Whether `owner` may still be running: `false` only when it ran on this host and its pid is gone,
 * has exited (a zombie), or now belongs to a process that started at another time.
 *
 * @throws nothing.
 * @example
 * ```ts
 * if (!isOwnerAlive(owner)) breakStaleLock();
 * ```
 */
export function isOwnerAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the pid exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = readProcessStat(owner.pid);
  if (stat === undefined) return true;
  return stat.state !== 'Z' && (owner.startTime === null || stat.startTime === owner.startTime);
}
