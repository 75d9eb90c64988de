/**
 * Onboarding progress as data, kept apart from the hook so it can be tested on its own: the plan
 * (compliance CSID, one compliance check per document kind the CSR's `invoiceType` enables,
 * production CSID) read from the unit's status or, before the first run, from the CSR
 * configuration; each step's status (`pending`, `running`, `done`, `failed`) at a run's start,
 * during it, at its end and after a failure; the failed step named by an `EgsError`
 * (`details.step`, `details.kind`); and the summary a wizard shows (steps done, whether an OTP is
 * needed, whether a run resumes). `useOnboarding` holds these values in React state.
 */

import type { CsrConfig } from '@fatoora/core/csr';
import { parseCsrProperties } from '@fatoora/core/csr';
import type {
  EgsStatus,
  OnboardingResult,
  OnboardingStep,
  OnboardingStepResult,
  OnboardParameters,
  PlannedStep,
} from '@fatoora/core/egs';
import { planOnboarding } from '@fatoora/core/egs';
import { FatooraError } from '@fatoora/core/errors';

/** Where the whole onboarding stands. */
export type OnboardingState = 'loading' | 'idle' | 'running' | 'failed' | 'done';

/** Where one step stands. */
export type OnboardingStepStatus = 'pending' | 'running' | 'done' | 'failed';

/** One step with its status (and, once finished in a run, whether it ran or was already done). */
export type OnboardingStepProgress = OnboardingStep & {
  /** `pending`, `running` (the step under way), `done` or `failed` (the step a run stopped at). */
  readonly status: OnboardingStepStatus;
  /** Once a run finished the step: `passed` if it ran, `skipped` if it was already done. */
  readonly outcome?: OnboardingStepResult['outcome'];
};

/**
 * A step's identity: its name, and the document kind of a compliance check.
 *
 * @example
 * ```ts
 * stepKey({ step: 'compliance-check', kind: 'simplified-invoice' }); // 'compliance-check:simplified-invoice'
 * ```
 */
export function stepKey(step: OnboardingStep): string {
  return step.step === 'compliance-check' ? `${step.step}:${step.kind}` : step.step;
}

/** The step itself, without progress fields. */
function bareStep(step: OnboardingStep): OnboardingStep {
  return step.step === 'compliance-check' ? { step: step.step, kind: step.kind } : { step: step.step };
}

/**
 * The plan of a unit that has not started onboarding, from its CSR configuration (a `CsrConfig`
 * or `.properties` text); with an unreadable configuration, only the two CSID steps.
 *
 * @example
 * ```ts
 * initialPlan(csrConfig).map((s) => s.step); // ['compliance-csid', 'compliance-check', …, 'production-csid']
 * ```
 */
export function initialPlan(csrConfig: CsrConfig | string): PlannedStep[] {
  let invoiceType = '';
  try {
    invoiceType =
      typeof csrConfig === 'string' ? parseCsrProperties(csrConfig).invoiceType : csrConfig.invoiceType;
  } catch (error) {
    if (!(error instanceof FatooraError)) throw error;
  }
  return planOnboarding(undefined, typeof invoiceType === 'string' ? invoiceType : '');
}

/**
 * Progress from a plan: done steps are `done`, the rest `pending` — except the first one not done,
 * which is `running` while a run is under way.
 *
 * @example
 * ```ts
 * progressFromPlan(status.onboarding, true).find((s) => s.status === 'running');
 * ```
 */
export function progressFromPlan(plan: readonly PlannedStep[], running: boolean): OnboardingStepProgress[] {
  let marked = false;
  return plan.map((planned) => {
    if (planned.done) return { ...bareStep(planned), status: 'done' };
    if (running && !marked) {
      marked = true;
      return { ...bareStep(planned), status: 'running' };
    }
    return { ...bareStep(planned), status: 'pending' };
  });
}

/**
 * Progress after a finished run: every step done, with its outcome.
 *
 * @example
 * ```ts
 * progressFromResult(result).every((s) => s.status === 'done'); // true
 * ```
 */
export function progressFromResult(result: OnboardingResult): OnboardingStepProgress[] {
  return result.steps.map((step) => ({ ...bareStep(step), status: 'done', outcome: step.outcome }));
}

/**
 * The step an onboarding error names (`EgsError` `onboarding-failed` carries it in `details`).
 *
 * @example
 * ```ts
 * failedStepOf(error); // { step: 'compliance-check', kind: 'standard-credit-note' }
 * ```
 */
export function failedStepOf(error: unknown): OnboardingStep | undefined {
  if (!(error instanceof FatooraError)) return undefined;
  const { step, kind } = error.details as { step?: unknown; kind?: unknown };
  if (step === 'compliance-csid' || step === 'production-csid') return { step };
  if (step === 'compliance-check' && typeof kind === 'string') {
    return { step, kind: kind as Extract<OnboardingStep, { kind: unknown }>['kind'] };
  }
  return undefined;
}

/**
 * Progress with one step marked failed (the running step, when the error names none).
 *
 * @example
 * ```ts
 * withFailedStep(steps, error).find((s) => s.status === 'failed');
 * ```
 */
export function withFailedStep(
  steps: readonly OnboardingStepProgress[],
  error: unknown,
): OnboardingStepProgress[] {
  const failed = failedStepOf(error);
  const key = failed
    ? stepKey(failed)
    : steps.find((step) => step.status === 'running' || step.status === 'pending');
  const target = typeof key === 'string' ? key : key ? stepKey(key) : undefined;
  return steps.map((step) =>
    stepKey(step) === target
      ? { ...step, status: 'failed' }
      : step.status === 'running'
        ? { ...step, status: 'pending' }
        : step,
  );
}

/**
 * The plan the unit's store holds; `undefined` before the first run (or without a status).
 *
 * @example
 * ```ts
 * storedPlan(await egs.status()) ?? initialPlan(csrConfig);
 * ```
 */
export function storedPlan(
  status: Pick<EgsStatus, 'onboarding'> | undefined,
): readonly PlannedStep[] | undefined {
  return status && status.onboarding.length > 0 ? status.onboarding : undefined;
}

/**
 * Progress as a run starts: the steps done so far stay done, and the first other one is `running`
 * (a step that failed in the last run is tried again).
 *
 * @example
 * ```ts
 * progressAtStart(steps).find((s) => s.status === 'running');
 * ```
 */
export function progressAtStart(steps: readonly OnboardingStepProgress[]): OnboardingStepProgress[] {
  return progressFromPlan(
    steps.map((step) => ({ ...step, done: step.status === 'done' })),
    true,
  );
}

/**
 * Progress after a failed run: from the plan the store holds when it can be read (it knows which
 * steps passed before the failure), else from the progress so far; then the step the error names
 * (or the running one) marked failed.
 *
 * @example
 * ```ts
 * progressAfterFailure(steps, storedPlan(status), error).find((s) => s.status === 'failed');
 * ```
 */
export function progressAfterFailure(
  steps: readonly OnboardingStepProgress[],
  plan: readonly PlannedStep[] | undefined,
  error: unknown,
): OnboardingStepProgress[] {
  const base = plan
    ? progressFromPlan(plan, true)
    : steps.map((step) => (step.status === 'failed' ? { ...step, status: 'pending' as const } : step));
  return withFailedStep(base, error);
}

/** What a wizard shows of the progress as a whole. */
export interface OnboardingProgressSummary {
  /** Whether the next run needs an OTP (the compliance CSID is still to be requested). */
  readonly needsOtp: boolean;
  /** Whether some step is done but not all: a run resumes. */
  readonly resumable: boolean;
  /** Steps done, of all steps. */
  readonly completed: number;
  /** All steps: the two CSID requests and one compliance check per enabled document kind. */
  readonly total: number;
}

/**
 * The summary of a progress.
 *
 * @example
 * ```ts
 * progressSummary(steps); // { needsOtp: false, resumable: true, completed: 3, total: 8 }
 * ```
 */
export function progressSummary(steps: readonly OnboardingStepProgress[]): OnboardingProgressSummary {
  const completed = steps.filter((step) => step.status === 'done').length;
  const complianceCsid = steps.find((step) => step.step === 'compliance-csid');
  return {
    needsOtp: complianceCsid?.status !== 'done',
    resumable: completed > 0 && completed < steps.length,
    completed,
    total: steps.length,
  };
}

/**
 * The parameters of one run: the OTP trimmed, and left out when blank (a resumed run past the
 * compliance CSID needs none).
 *
 * @example
 * ```ts
 * onboardParameters(csrConfig, 'simulation', ' 123345 ').otp; // '123345'
 * ```
 */
export function onboardParameters(
  csrConfig: CsrConfig | string,
  environment: OnboardParameters['environment'],
  otp?: string,
): OnboardParameters {
  const code = otp?.trim() ?? '';
  return { csrConfig, environment, ...(code !== '' ? { otp: code } : {}) };
}
