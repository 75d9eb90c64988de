/**
 * Starts a worker script (`append-worker.ts`, `issue-worker.ts`) in a child Node process through
 * tsx and reads the ICVs it reports — one number per line, after a `ready` line — for the tests
 * that kill a writer mid-way or run two writers at once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const APPEND_WORKER = fileURLToPath(new URL('./append-worker.ts', import.meta.url));
const ISSUE_WORKER = fileURLToPath(new URL('./issue-worker.ts', import.meta.url));
const REPOSITORY = fileURLToPath(new URL('../../../../', import.meta.url));

/** A running worker. */
export interface ChildWorker {
  readonly child: ChildProcess;
  /** ICVs the worker reported as committed, in order. */
  readonly counters: number[];
  /** Resolves once the worker has opened its store. */
  ready(): Promise<void>;
  /** Resolves once the worker has reported at least `count` ICVs. */
  reported(count: number): Promise<void>;
  /** Resolves with the exit code (or signal) once the worker has ended. */
  exited(): Promise<number | NodeJS.Signals>;
  /** What the worker wrote to standard error. */
  stderr(): string;
}

/**
 * Spawns a worker appending `count` documents (0: until killed) to `unitId` in `directory`; with
 * `together` it starts appending only once `<directory>/go` exists and pauses between appends.
 *
 * @throws nothing itself; the worker's failures show in its exit code and `stderr()`.
 * @example
 * ```ts
 * const worker = spawnAppendWorker(directory, 'till-1', 0);
 * await worker.reported(20);
 * worker.child.kill('SIGKILL');
 * ```
 */
export function spawnAppendWorker(
  directory: string,
  unitId: string,
  count: number,
  together = false,
): ChildWorker {
  const parameters = [directory, unitId, String(count), ...(together ? ['--wait-for-go', '--pause'] : [])];
  return spawnWorker(APPEND_WORKER, parameters);
}

/**
 * Spawns a worker issuing documents on `unitId` (onboarded, its key stored) in the FileEgsStore at
 * `directory` against the simulator at `simulatorUrl`, until it is killed.
 *
 * @throws nothing itself; the worker's failures show in its exit code and `stderr()`.
 * @example
 * ```ts
 * const worker = spawnIssueWorker(directory, 'till-1', simulator.url);
 * await worker.reported(10);
 * worker.child.kill('SIGKILL');
 * ```
 */
export function spawnIssueWorker(directory: string, unitId: string, simulatorUrl: string): ChildWorker {
  return spawnWorker(ISSUE_WORKER, [directory, unitId, simulatorUrl]);
}

/**
 * Spawns `script` (a path) under tsx with `parameters`, from the repository root.
 *
 * @throws nothing itself; the worker's failures show in its exit code and `stderr()`.
 * @example
 * ```ts
 * const worker = spawnWorker(fileURLToPath(new URL('./append-worker.ts', import.meta.url)), [directory, 'till-1', '5']);
 * await worker.exited();
 * ```
 */
export function spawnWorker(script: string, parameters: readonly string[]): ChildWorker {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...parameters], {
    cwd: REPOSITORY,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const counters: number[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let pending = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let errors = '';
  const exit = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | NodeJS.Signals);
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    if (lines.includes('ready')) markReady();
    counters.push(...lines.filter((line) => /^\d+$/.test(line)).map(Number));
    for (const waiter of waiters.filter((candidate) => counters.length >= candidate.count)) waiter.resolve();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  return {
    child,
    counters,
    ready: () =>
      Promise.race([
        ready,
        exit.then((code) => Promise.reject(new Error(`The worker ended (${code}): ${errors}`))),
      ]),
    reported: (count) =>
      new Promise((resolve, reject) => {
        if (counters.length >= count) return resolve();
        waiters.push({ count, resolve });
        void exit.then((code) =>
          reject(new Error(`The worker ended (${code}) before reporting ${count} ICVs: ${errors}`)),
        );
      }),
    exited: () => exit,
    stderr: () => errors,
  };
}
