/**
 * The Onboarding page's progress list as data: each planned step (compliance CSID, one
 * compliance check per document kind, production CSID) with its status — done when the unit's
 * record shows it done, running for the first step not done while onboarding runs, failed for the
 * step an `EgsError` names — and the count done, for the progress bar.
 */
import type { OnboardingStep, PlannedStep } from '@fatoora/core/egs';
import { FatooraError } from '@fatoora/core/errors';

/** Where a step stands. */
export type StepStatus = 'pending' | 'running' | 'done' | 'failed';

/** A step and its status. */
export type StepProgress = OnboardingStep & { readonly key: string; readonly status: StepStatus };

/**
 * A step's key: its name, and the kind of a compliance check.
 *
 * @example
 * ```ts
 * stepKey({ step: 'compliance-check', kind: 'standard-invoice' }); // 'compliance-check:standard-invoice'
 * ```
 */
export function stepKey(step: OnboardingStep): string {
  return step.step === 'compliance-check' ? `${step.step}:${step.kind}` : step.step;
}

/**
 * The step an onboarding error names (`details.step` and `details.kind` of `onboarding-failed`).
 *
 * @example
 * ```ts
 * failedStepKey(error); // 'compliance-check:standard-credit-note'
 * ```
 */
export function failedStepKey(error: unknown): string | undefined {
  if (!(error instanceof FatooraError)) return undefined;
  const { step, kind } = error.details as { step?: unknown; kind?: unknown };
  if (step === 'compliance-check' && typeof kind === 'string') return `${step}:${kind}`;
  return step === 'compliance-csid' || step === 'production-csid' ? step : undefined;
}

/**
 * The progress of a plan.
 *
 * @example
 * ```ts
 * stepProgress(planOnboarding(record, '1100'), { running: true }).find((s) => s.status === 'running');
 * ```
 */
export function stepProgress(
  plan: readonly PlannedStep[],
  options: { readonly running: boolean; readonly failedKey?: string },
): StepProgress[] {
  let current = false;
  return plan.map(({ done, ...step }) => {
    const key = stepKey(step);
    let status: StepStatus = 'pending';
    if (done) status = 'done';
    else if (key === options.failedKey) status = 'failed';
    else if (options.running && !current) status = 'running';
    if (!done) current = true;
    return { ...step, key, status };
  });
}
