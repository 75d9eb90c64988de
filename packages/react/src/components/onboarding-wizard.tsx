/**
 * The onboarding wizard: the OTP from the Fatoora portal, then the compliance CSID, one compliance
 * check per document kind the CSR enables (with a progress bar), and the production CSID — each
 * step's state shown as it passes. A unit that stopped part-way shows what is done and resumes
 * (without an OTP once it holds a compliance CSID). It drives the unit it is given (`driver`, or
 * the provider's) through `useOnboarding` and never calls the platform itself. The OTP is
 * controllable (`value` / `defaultValue` / `onValueChange`); `data-state` is `loading`, `idle`,
 * `running`, `failed` or `done`.
 */

import { isFatooraError } from '@fatoora/core/errors';
import { DOCUMENT_KINDS } from '@fatoora/core/model';
import { type FormEvent, type ReactNode, type Ref, useId } from 'react';
import { useLocale } from '../context/fatoora-provider.tsx';
import { useControllableState } from '../hooks/use-controllable-state.ts';
import { type UseOnboardingOptions, useOnboarding } from '../hooks/use-onboarding.ts';
import type { FatooraLocale } from '../i18n/locale.ts';
import { type UiTextKey, uiText } from '../i18n/ui-text.ts';
import type { OnboardingStepProgress } from '../state/onboarding-progress.ts';
import { outcomeOfError } from '../state/submission-outcome.ts';

/** Props of {@link OnboardingWizard}. */
export interface OnboardingWizardProps extends UseOnboardingOptions {
  /** The controlled OTP. */
  readonly value?: string;
  /** The first OTP when uncontrolled. */
  readonly defaultValue?: string;
  /** Called with the OTP as it is typed. */
  readonly onValueChange?: (otp: string) => void;
  /** The reader's language, for labels, numbers and dates; default: the provider's. */
  readonly locale?: FatooraLocale;
  /** The wizard's accessible name. Default: "Onboarding" in the reader's language. */
  readonly 'aria-label'?: string;
  /** Replaces the default class `fatoora-onboarding`, which the opt-in stylesheet styles. */
  readonly className?: string;
  /** Receives the root `<section>` element. */
  readonly ref?: Ref<HTMLElement>;
}

const STATUS_TEXT = {
  pending: 'stepPending',
  running: 'stepRunning',
  done: 'stepDone',
  failed: 'stepFailed',
} as const satisfies Record<OnboardingStepProgress['status'], UiTextKey>;

/**
 * A step's name in a language.
 *
 * @example
 * ```ts
 * stepLabel({ step: 'compliance-check', kind: 'simplified-invoice', status: 'done' }, 'en');
 * // 'Compliance check: Simplified tax invoice'
 * ```
 */
export function stepLabel(step: OnboardingStepProgress, locale: FatooraLocale): string {
  switch (step.step) {
    case 'compliance-csid':
      return uiText('complianceCsid', locale);
    case 'production-csid':
      return uiText('productionCsid', locale);
    case 'compliance-check':
      return `${uiText('complianceCheck', locale)}: ${DOCUMENT_KINDS[step.kind][locale]}`;
  }
}

/** The error and, when the platform answered, its codes and messages. */
function ErrorDetails({ error }: { readonly error: unknown }): ReactNode {
  const cause = isFatooraError(error) && error.cause !== undefined ? error.cause : undefined;
  const details = cause === undefined ? [] : outcomeOfError(cause).messages;
  return (
    <div className="fatoora-alert" role="alert">
      <p>{error instanceof Error ? error.message : String(error)}</p>
      {details.length > 0 ? (
        <ul>
          {details.map((message) => (
            <li key={`${message.code}|${message.message}`}>
              <code dir="ltr">{message.code}</code> {message.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * An onboarding wizard.
 *
 * @example
 * ```tsx
 * <OnboardingWizard driver={egs} csrConfig={propertiesText} environment="simulation" onComplete={() => navigate('/pos')} />
 * ```
 */
export function OnboardingWizard(props: OnboardingWizardProps): ReactNode {
  const locale = useLocale(props.locale);
  const onboarding = useOnboarding(props);
  const [otp, setOtp] = useControllableState({
    value: props.value,
    defaultValue: props.defaultValue ?? '',
    onValueChange: props.onValueChange,
  });
  const otpId = useId();
  const progressId = useId();
  const { state, steps, needsOtp, resumable, completed, total, error } = onboarding;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onboarding.start(needsOtp ? otp : undefined);
  };
  const busy = state === 'running' || state === 'loading';
  return (
    <section
      ref={props.ref}
      className={props.className ?? 'fatoora-onboarding'}
      aria-label={props['aria-label'] ?? uiText('onboarding', locale)}
      aria-busy={busy}
      data-state={state}
    >
      {state !== 'done' ? (
        <form className="fatoora-onboarding-form" onSubmit={onSubmit}>
          {needsOtp ? (
            <div className="fatoora-field">
              <label className="fatoora-label" htmlFor={otpId}>
                {uiText('otp', locale)}
              </label>
              <input
                id={otpId}
                className="fatoora-input"
                inputMode="numeric"
                autoComplete="one-time-code"
                dir="ltr"
                required
                aria-required
                value={otp}
                onChange={(event) => setOtp(event.target.value)}
                disabled={busy}
              />
            </div>
          ) : null}
          <button type="submit" className="fatoora-button" disabled={busy || (needsOtp && otp.trim() === '')}>
            {uiText(resumable ? 'resumeOnboarding' : 'startOnboarding', locale)}
          </button>
        </form>
      ) : (
        <p className="fatoora-onboarding-done" role="status">
          {uiText('onboarded', locale)}
        </p>
      )}
      <div className="fatoora-progress">
        <span id={progressId} className="fatoora-label">
          {uiText('progress', locale)}
        </span>
        <progress aria-labelledby={progressId} value={completed} max={total} />
      </div>
      <ol className="fatoora-steps">
        {steps.map((step) => (
          <li
            key={step.step === 'compliance-check' ? step.kind : step.step}
            className="fatoora-step"
            data-state={step.status}
            {...(step.status === 'running' ? { 'aria-current': 'step' as const } : {})}
          >
            <span className="fatoora-step-name">{stepLabel(step, locale)}</span>{' '}
            <span className="fatoora-step-status">{uiText(STATUS_TEXT[step.status], locale)}</span>
          </li>
        ))}
      </ol>
      {state === 'failed' && error !== undefined ? <ErrorDetails error={error} /> : null}
    </section>
  );
}
