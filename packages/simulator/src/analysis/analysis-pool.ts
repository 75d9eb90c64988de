/**
 * Runs {@link analyzeSubmission} off the event loop. Reading, verifying and checking a document the
 * size the body cap allows takes a few hundred milliseconds of pure computation; done on the event
 * loop, a client sending such documents would hold up every other call (issue 9). A pool keeps a
 * few threads, hands each one task at a time in arrival order, and starts them lazily. A thread
 * that dies (a heap past its limit) or overruns the time limit is ended, its task fails with an
 * {@link AnalysisFailedError}, and a new thread takes the next task. Idle threads do not keep the
 * process alive.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { analyzeSubmission, type SubmissionAnalysis, type SubmissionInput } from './analyze-submission.ts';
import { spawnAnalysisThread } from './spawn-analysis-thread.ts';
import type { WorkerReply } from './worker-messages.ts';

/** Analyses one submission, on whatever thread the implementation chooses. */
export type SubmissionAnalyzer = (input: SubmissionInput) => Promise<SubmissionAnalysis>;

/** A task could not be analysed: its thread died or overran the time limit. */
export class AnalysisFailedError extends Error {
  override readonly name = 'AnalysisFailedError';
}

/** Options of {@link createAnalysisPool}. */
export interface AnalysisPoolOptions {
  /** How many threads at most; default one less than the machine's cores, from 1 to 2. */
  readonly threads?: number;
  /** How long one analysis may take before its thread is ended; default 30 s. */
  readonly taskTimeoutMs?: number;
  /** Each thread's old-generation heap limit; default 512 MiB. */
  readonly maxHeapMb?: number;
}

/** A pool of analysis threads. */
export interface AnalysisPool {
  readonly analyze: SubmissionAnalyzer;
  /** Starts every thread now instead of on demand; settles when all are ready (or one failed). */
  warm(): Promise<void>;
  /** Ends every thread; tasks still waiting or running fail. */
  close(): Promise<void>;
}

interface Task {
  readonly id: number;
  readonly input: SubmissionInput;
  readonly resolve: (analysis: SubmissionAnalysis) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly thread: Worker;
  /** Its modules are loaded: it takes tasks, and its time limit applies. */
  ready: boolean;
  task: Task | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** The default thread count: leave a core to the event loop, and no more than two threads. */
export const defaultAnalysisThreads = (): number => Math.min(2, Math.max(1, availableParallelism() - 1));

/**
 * A pool of analysis threads. A thread's time limit counts from when it is ready, never its
 * start. When a thread cannot even start and no other is ready, every task waiting fails (rather
 * than a thread being started again and again); the next task tries a new one.
 *
 * @example
 * ```ts
 * const pool = createAnalysisPool({ threads: 2 });
 * const analysis = await pool.analyze({ invoice, claimed, certificate, endpoint: 'reporting', clearanceEnabled: true, now: new Date() });
 * await pool.close();
 * ```
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const threads = options.threads ?? defaultAnalysisThreads();
  const taskTimeoutMs = options.taskTimeoutMs ?? 30_000;
  const maxHeapMb = options.maxHeapMb ?? 512;
  if (!Number.isInteger(threads) || threads < 1) {
    throw new TypeError(`threads must be a whole number of at least 1, got ${String(threads)}.`);
  }
  const waiting: Task[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  let closed = false;
  /** Called whenever a thread becomes ready or is retired (for `warm`). */
  let onChange: () => void = () => {};

  /** Takes the slot's task off it, stopping its timer; the thread idles. */
  const release = (slot: Slot) => {
    if (slot.timer !== undefined) clearTimeout(slot.timer);
    slot.timer = undefined;
    const { task } = slot;
    slot.task = undefined;
    slot.thread.unref();
    return task;
  };

  const retire = (slot: Slot, reason: string) => {
    if (!slots.delete(slot)) return;
    release(slot)?.reject(new AnalysisFailedError(reason));
    void slot.thread.terminate();
    onChange();
    if (!slot.ready && ![...slots].some((other) => other.ready)) {
      for (const task of waiting.splice(0)) {
        task.reject(new AnalysisFailedError(`No analysis thread could start: ${reason}`));
      }
    }
    dispatch();
  };

  const spawn = () => {
    const thread = spawnAnalysisThread({ maxOldGenerationSizeMb: maxHeapMb });
    const slot: Slot = { thread, ready: false, task: undefined, timer: undefined };
    thread.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        onChange();
      } else {
        if (slot.task?.id !== reply.id) return;
        const task = release(slot) as Task;
        if ('failure' in reply) task.reject(new AnalysisFailedError(`The analysis failed: ${reply.failure}`));
        else task.resolve(reply.analysis);
      }
      if (slot.task === undefined) thread.unref();
      dispatch();
    });
    thread.on('error', (error) => retire(slot, `The analysis thread failed: ${error.message}`));
    thread.on('exit', (code) => retire(slot, `The analysis thread stopped (exit code ${code}).`));
    slots.add(slot);
  };

  const dispatch = () => {
    if (closed) return;
    for (const slot of slots) {
      const task = slot.ready && slot.task === undefined ? waiting.shift() : undefined;
      if (!task) continue;
      slot.task = task;
      slot.timer = setTimeout(
        () => retire(slot, `The analysis took longer than ${taskTimeoutMs} ms.`),
        taskTimeoutMs,
      );
      slot.thread.ref();
      slot.thread.postMessage({ id: task.id, input: task.input });
    }
    // Start threads for the tasks still waiting that the threads starting will not take.
    const starting = [...slots].filter((slot) => !slot.ready).length;
    for (let more = waiting.length - starting; more > 0 && slots.size < threads; more--) spawn();
  };

  const closedError = () => new AnalysisFailedError('The analysis pool is closed.');
  return {
    analyze: (input) =>
      new Promise<SubmissionAnalysis>((resolve, reject) => {
        if (closed) {
          reject(closedError());
          return;
        }
        waiting.push({ id: nextId++, input, resolve, reject });
        dispatch();
      }),
    warm: async () => {
      if (closed) return;
      while (slots.size < threads) spawn();
      const pending = [...slots];
      await new Promise<void>((resolve) => {
        onChange = () => {
          if (pending.every((slot) => slot.ready || !slots.has(slot))) resolve();
        };
        onChange();
      });
      onChange = () => {};
    },
    close: async () => {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(closedError());
      const ending = [...slots];
      slots.clear();
      for (const slot of ending) release(slot)?.reject(closedError());
      await Promise.all(ending.map((slot) => slot.thread.terminate()));
    },
  };
}

/**
 * Analyses on the calling thread, blocking it for as long as the analysis takes: for embedding
 * where threads are unwanted, and as the reference the pool's answers are compared with.
 *
 * @example
 * ```ts
 * const analysis = await analyzeInline(input);
 * ```
 */
export const analyzeInline: SubmissionAnalyzer = async (input) => analyzeSubmission(input);

let shared: AnalysisPool | undefined;

/**
 * The process's shared pool, started on first use, used by every simulator started with default
 * options: starting a thread costs far more than a call (a second from TypeScript sources), and
 * its idle threads do not keep the process alive, so it is never closed.
 *
 * @example
 * ```ts
 * const analysis = await sharedAnalysisPool().analyze(input);
 * ```
 */
export function sharedAnalysisPool(): AnalysisPool {
  shared ??= createAnalysisPool();
  return shared;
}
