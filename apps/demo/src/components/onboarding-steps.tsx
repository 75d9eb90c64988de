/**
 * The onboarding steps with their progress: a `<progress>` bar (steps done of all) and an ordered
 * list with each step's name and status, announced politely as it changes.
 */
import { EGS_DOCUMENT_KINDS } from '@fatoora/core/egs';
import type { ReactNode } from 'react';
import type { StepProgress, StepStatus } from '../egs/step-progress.ts';
import { useText } from '../i18n/language.tsx';
import type { MessageKey } from '../i18n/messages.ts';

const STATUS_TEXT: Record<StepStatus, MessageKey> = {
  pending: 'statusPending',
  running: 'statusRunning',
  done: 'statusDone',
  failed: 'statusFailed',
};

/**
 * The steps.
 *
 * @example
 * ```tsx
 * <OnboardingSteps steps={stepProgress(status.onboarding, { running })} />
 * ```
 */
export function OnboardingSteps({ steps }: { readonly steps: readonly StepProgress[] }): ReactNode {
  const { t, language } = useText();
  const done = steps.filter((step) => step.status === 'done').length;
  const name = (step: StepProgress) => {
    if (step.step === 'compliance-csid') return t('stepComplianceCsid');
    if (step.step === 'production-csid') return t('stepProductionCsid');
    return t('stepComplianceCheck', { name: EGS_DOCUMENT_KINDS[step.kind][language] });
  };
  return (
    <div className="steps">
      <progress max={steps.length} value={done} aria-label={t('progressLabel')}>
        {done}/{steps.length}
      </progress>
      <ol aria-label={t('stepsLabel')} aria-live="polite">
        {steps.map((step) => (
          <li key={step.key} data-state={step.status} className={`step step-${step.status}`}>
            <span>{name(step)}</span> <span className="step-status">{t(STATUS_TEXT[step.status])}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
