/**
 * Where a submitted document stands with ZATCA — cleared, reported, waiting in the outbox,
 * rejected, or failed before anything was stored — with the messages behind it: ZATCA's warnings
 * and errors (code, category, message, as the platform wrote them), or the local validator's
 * faults. It shows the outcome of `useSubmission` (or any `SubmissionOutcome`) and does nothing
 * else; `data-state` is the outcome's state.
 */
import { type ReactNode, type Ref, useId } from 'react';
import { useLocale } from '../context/fatoora-provider.tsx';
import { formatMoment } from '../i18n/format-date.ts';
import type { FatooraLocale } from '../i18n/locale.ts';
import { type UiTextKey, uiText } from '../i18n/ui-text.ts';
import type {
  SubmissionMessage,
  SubmissionOutcome,
  SubmissionProgress,
} from '../state/submission-outcome.ts';

/** Props of {@link SubmissionStatus}. */
export interface SubmissionStatusProps {
  /** The outcome to show (e.g. what `useSubmission` returns). */
  readonly value: SubmissionOutcome;
  /** The reader's language, for labels, numbers and dates; default: the provider's. */
  readonly locale?: FatooraLocale;
  /** The accessible name. Default: "Submission" in the reader's language. */
  readonly 'aria-label'?: string;
  /** Replaces the default class `fatoora-submission`, which the opt-in stylesheet styles. */
  readonly className?: string;
  /** Receives the root `<section>` element. */
  readonly ref?: Ref<HTMLElement>;
}

const STATE_TEXT = {
  idle: 'stateIdle',
  submitting: 'stateSubmitting',
  cleared: 'stateCleared',
  reported: 'stateReported',
  pending: 'statePending',
  rejected: 'stateRejected',
  failed: 'stateFailed',
} as const satisfies Record<SubmissionProgress, UiTextKey>;

/** One titled list of messages. */
function MessageList(props: {
  readonly title: string;
  readonly severity: SubmissionMessage['severity'];
  readonly messages: readonly SubmissionMessage[];
}): ReactNode {
  const titleId = useId();
  if (props.messages.length === 0) return null;
  return (
    <div className="fatoora-messages" data-severity={props.severity}>
      <p id={titleId} className="fatoora-messages-title">
        {`${props.title} (${props.messages.length})`}
      </p>
      <ul aria-labelledby={titleId}>
        {props.messages.map((message) => (
          <li
            key={`${message.code}|${message.category ?? ''}|${message.message}`}
            className="fatoora-message"
          >
            <code dir="ltr">{message.code}</code>
            {message.category ? (
              <span className="fatoora-message-category"> [{message.category}]</span>
            ) : null}{' '}
            <span dir="auto">{message.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A submission's status.
 *
 * @example
 * ```tsx
 * const submission = useSubmission({ driver: egs });
 * <SubmissionStatus value={submission} locale="ar" />
 * ```
 */
export function SubmissionStatus(props: SubmissionStatusProps): ReactNode {
  const locale = useLocale(props.locale);
  const { state, issued, messages } = props.value;
  const errors = messages.filter((message) => message.severity === 'error');
  const warnings = messages.filter((message) => message.severity === 'warning');
  return (
    <section
      ref={props.ref}
      className={props.className ?? 'fatoora-submission'}
      aria-label={props['aria-label'] ?? uiText('submission', locale)}
      aria-busy={state === 'submitting'}
      data-state={state}
    >
      <p className="fatoora-submission-state" role="status">
        {uiText(STATE_TEXT[state], locale)}
        {issued ? (
          <span
            className="fatoora-submission-document"
            dir="ltr"
          >{` ${issued.id} · ICV ${issued.counter}`}</span>
        ) : null}
      </p>
      {issued?.state === 'pending' ? (
        <p className="fatoora-submission-pending">
          {issued.lastError ? (
            <span className="fatoora-submission-last-error">
              <code dir="ltr">{issued.lastError.code}</code>{' '}
              <span dir="auto">{issued.lastError.message}</span>{' '}
            </span>
          ) : null}
          {issued.nextAttemptAt
            ? `${uiText('nextAttempt', locale)}: ${formatMoment(issued.nextAttemptAt, locale)}`
            : null}
        </p>
      ) : null}
      <MessageList title={uiText('errors', locale)} severity="error" messages={errors} />
      <MessageList title={uiText('warnings', locale)} severity="warning" messages={warnings} />
    </section>
  );
}
