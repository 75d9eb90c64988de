/**
 * The body of an analysis thread: says it is ready once its modules are loaded (so that the
 * pool's time limit never counts a thread's start), then takes `{ id, input }` messages from the
 * pool and answers each with
 * `{ id, analysis }` or `{ id, failure }` (an unexpected exception's message; the checks
 * themselves report bad documents as validation messages, never by throwing).
 */
import { parentPort } from 'node:worker_threads';
import { analyzeSubmission, type SubmissionInput } from './analyze-submission.ts';
import type { WorkerReply, WorkerTask } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('analysis-worker.ts runs only as a worker thread (see analysis-pool.ts).');
port.on('message', ({ id, input }: WorkerTask<SubmissionInput>) => {
  let reply: WorkerReply;
  try {
    reply = { id, analysis: analyzeSubmission(input) };
  } catch (cause) {
    reply = { id, failure: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
