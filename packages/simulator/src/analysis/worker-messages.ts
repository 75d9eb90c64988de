/** The messages between the analysis pool and its threads. */
import type { SubmissionAnalysis } from './analyze-submission.ts';

/** One task for a thread. */
export interface WorkerTask<Input> {
  readonly id: number;
  readonly input: Input;
}

/** A thread's first message, once its modules are loaded, and then its answer to each task. */
export type WorkerReply =
  | { readonly ready: true }
  | { readonly id: number; readonly analysis: SubmissionAnalysis }
  | { readonly id: number; readonly failure: string };
