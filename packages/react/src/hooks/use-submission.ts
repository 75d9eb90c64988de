/**
 * Submits a draft through an EGS unit (`issue`: ICV, PIH and UUID assigned, signed, stored, then
 * cleared or reported) and keeps the outcome for `SubmissionStatus`. The unit comes by option or
 * from `FatooraProvider`; it is anything that satisfies {@link SubmissionDriver} (an `Egs`).
 */
import type { IssueOptions } from '@fatoora/core/egs';
import type { InvoiceDraft } from '@fatoora/core/model';
import { useCallback, useRef, useState } from 'react';
import { useFatoora } from '../context/fatoora-provider.tsx';
import type { SubmissionDriver } from '../state/submission-driver.ts';
import {
  IDLE_OUTCOME,
  outcomeOfError,
  outcomeOfIssued,
  SUBMITTING_OUTCOME,
  type SubmissionOutcome,
} from '../state/submission-outcome.ts';

/** Options of {@link useSubmission}. */
export interface UseSubmissionOptions {
  /** The unit to submit with; default: the provider's. */
  readonly driver?: SubmissionDriver | undefined;
  /** Options of each `issue` (e.g. `reportNow` for simplified documents). */
  readonly issueOptions?: IssueOptions | undefined;
  /** Called with each outcome once a submission ends. */
  readonly onOutcome?: ((outcome: SubmissionOutcome) => void) | undefined;
}

/** The outcome so far and the controls. */
export interface SubmissionControls extends SubmissionOutcome {
  /** Issues the draft; resolves with the outcome (never rejects). Ignored while one is under way. */
  readonly submit: (draft: InvoiceDraft) => Promise<SubmissionOutcome | undefined>;
  /** Back to `idle`. */
  readonly reset: () => void;
}

/**
 * Submits drafts.
 *
 * @throws {Error} when no unit is given by option or provider.
 * @example
 * ```tsx
 * const submission = useSubmission({ driver: egs, issueOptions: { reportNow: true } });
 * <button onClick={() => submission.submit(draft)}>Issue</button>
 * <SubmissionStatus value={submission} />
 * ```
 */
export function useSubmission(options: UseSubmissionOptions = {}): SubmissionControls {
  const context = useFatoora();
  const driver = options.driver ?? context.submission;
  if (driver === undefined) {
    throw new Error(
      'useSubmission needs an EGS unit: pass `driver`, or wrap the tree in <FatooraProvider egs={…}>.',
    );
  }
  const [outcome, setOutcome] = useState<SubmissionOutcome>(IDLE_OUTCOME);
  const busy = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  const submit = useCallback(
    async (draft: InvoiceDraft) => {
      if (busy.current) return undefined;
      busy.current = true;
      setOutcome(SUBMITTING_OUTCOME);
      let next: SubmissionOutcome;
      try {
        next = outcomeOfIssued(await driver.issue(draft, latest.current.issueOptions));
      } catch (error) {
        next = outcomeOfError(error);
      } finally {
        busy.current = false;
      }
      setOutcome(next);
      latest.current.onOutcome?.(next);
      return next;
    },
    [driver],
  );
  const reset = useCallback(() => setOutcome(IDLE_OUTCOME), []);
  return { ...outcome, submit, reset };
}
