/**
 * Onboarding progress as data, kept apart from the hook so it can be tested on its own: the plan
 * (compliance CSID, one compliance check per document kind the CSR's `invoiceType` enables,
 * production CSID) read from the unit's status or, before the first run, from the CSR
 * configuration; each step's status (`pending`, `running`, `done`, `failed`); and the failed step
 * named by an `EgsError` (`details.step`, `details.kind`).
 */

import type { CsrConfig } from '@fatoora/core/csr';
import { parseCsrProperties } from '@fatoora/core/csr';
import type { OnboardingResult, OnboardingStep, PlannedStep } from '@fatoora/core/egs';
import { planOnboarding } from '@fatoora/core/egs';
import { FatooraError } from '@fatoora/core/errors';

/** Where one step stands. */
export type OnboardingStepStatus = 'pending' | 'running' | 'done' | 'failed';

/** One step with its status (and, once finished in a run, whether it ran or was already done). */
export type OnboardingStepProgress = OnboardingStep & {
  readonly status: OnboardingStepStatus;
  readonly outcome?: 'passed' | 'skipped';
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
