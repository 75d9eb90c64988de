import { RejectedError } from '@fatoora/core/api';
import type { IssuedInvoice } from '@fatoora/core/egs';
import { ValidationError } from '@fatoora/core/errors';
import type { InvoiceDraft } from '@fatoora/core/model';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../test/support/axe.ts';
import { issuedInvoice, ZATCA_ERROR, ZATCA_WARNING } from '../../test/support/issued-invoice.ts';
import { DIRECTIONS, renderIn } from '../../test/support/render.tsx';
import { sampleDraft } from '../../test/support/sample-draft.ts';
import { useSubmission } from '../hooks/use-submission.ts';
import { uiText } from '../i18n/ui-text.ts';
import type { SubmissionDriver } from '../state/submission-driver.ts';
import { outcomeOfError, outcomeOfIssued } from '../state/submission-outcome.ts';
import { SubmissionStatus } from './submission-status.tsx';

/** A unit whose `issue` answers what the test says, when the test says. */
class FakeSubmissionUnit implements SubmissionDriver {
  readonly drafts: InvoiceDraft[] = [];
  #answer: (() => Promise<IssuedInvoice>) | undefined;
  #release: (() => void) | undefined;
  answer(result: () => Promise<IssuedInvoice>): void {
    this.#answer = result;
  }
  release(): void {
    this.#release?.();
  }
  async issue(draft: InvoiceDraft): Promise<IssuedInvoice> {
    this.drafts.push(draft);
    await new Promise<void>((resolve) => {
      this.#release = resolve;
    });
    return (this.#answer ?? (async () => issuedInvoice()))();
  }
}

/** An issue button wired to useSubmission, with the status under it. */
function Issuer({ unit, locale }: { unit: FakeSubmissionUnit; locale: 'ar' | 'en' }) {
  const submission = useSubmission({ driver: unit });
  return (
    <>
      <button type="button" onClick={() => submission.submit(sampleDraft())}>
        issue
      </button>
      <SubmissionStatus value={submission} locale={locale} />
    </>
  );
}

describe.each(DIRECTIONS)('SubmissionStatus ($dir)', (direction) => {
  const { locale } = direction;
  const t = (key: Parameters<typeof uiText>[0]) => uiText(key, locale);
  const region = () => screen.getByRole('region', { name: t('submission') });

  test('A reported document with a warning shows the state and ZATCA’s message.', async () => {
    const { container } = renderIn(
      direction,
      <SubmissionStatus
        locale={locale}
        value={outcomeOfIssued(issuedInvoice({ messages: [ZATCA_WARNING] }))}
      />,
    );
    expect(region().dataset.state).toBe('reported');
    expect(screen.getByRole('status').textContent).toContain(t('stateReported'));
    const warnings = screen.getByRole('list', { name: `${t('warnings')} (1)` });
    expect(within(warnings).getByText('BR-KSA-98')).toBeTruthy();
    expect(within(warnings).getByText(ZATCA_WARNING.message)).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  test('A rejection lists ZATCA’s errors.', async () => {
    const rejected = new RejectedError('Rejected.', {
      status: 400,
      validationResults: {
        status: 'ERROR',
        infoMessages: [],
        warningMessages: [ZATCA_WARNING],
        errorMessages: [ZATCA_ERROR],
      },
    });
    const { container } = renderIn(
      direction,
      <SubmissionStatus locale={locale} value={outcomeOfError(rejected)} />,
    );
    expect(region().dataset.state).toBe('failed');
    const errors = screen.getByRole('list', { name: `${t('errors')} (1)` });
    expect(within(errors).getByText('BR-KSA-40')).toBeTruthy();
    expect(screen.getByRole('list', { name: `${t('warnings')} (1)` })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  test('A draft the validator refuses lists its faults with their rule ids.', () => {
    const refused = new ValidationError([
      {
        rule: 'BR-KSA-17',
        severity: 'error',
        path: 'noteReason',
        message: 'Credit and debit notes need a reason.',
      },
    ]);
    renderIn(direction, <SubmissionStatus locale={locale} value={outcomeOfError(refused)} />);
    const errors = screen.getByRole('list', { name: `${t('errors')} (1)` });
    expect(within(errors).getByText('BR-KSA-17')).toBeTruthy();
    expect(within(errors).getByText('[noteReason]')).toBeTruthy();
  });

  test('A document still in the outbox shows its last error and next attempt.', async () => {
    const pending = issuedInvoice({
      state: 'pending',
      lastError: { code: 'network-error', message: 'The connection was lost.' },
      nextAttemptAt: '2024-03-05T08:00:00Z',
    });
    const { container } = renderIn(
      direction,
      <SubmissionStatus locale={locale} value={outcomeOfIssued(pending)} />,
    );
    expect(region().dataset.state).toBe('pending');
    expect(region().textContent).toContain('network-error');
    expect(region().textContent).toContain(t('nextAttempt'));
    await expectNoAxeViolations(container);
  });

  test('useSubmission goes from idle to submitting to cleared, and ignores a second click meanwhile.', async () => {
    const user = userEvent.setup();
    const unit = new FakeSubmissionUnit();
    unit.answer(async () =>
      issuedInvoice({ state: 'cleared', kind: 'standard-invoice', route: 'clearance' }),
    );
    renderIn(direction, <Issuer unit={unit} locale={locale} />);
    expect(region().dataset.state).toBe('idle');
    await user.click(screen.getByRole('button', { name: 'issue' }));
    expect(region().dataset.state).toBe('submitting');
    expect(region().getAttribute('aria-busy')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'issue' }));
    unit.release();
    await waitFor(() => expect(region().dataset.state).toBe('cleared'));
    expect(unit.drafts).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toContain('INV-100');
  });

  test('useSubmission turns a thrown error into a failed outcome.', async () => {
    const user = userEvent.setup();
    const unit = new FakeSubmissionUnit();
    unit.answer(async () => {
      throw new Error('Unit not onboarded.');
    });
    renderIn(direction, <Issuer unit={unit} locale={locale} />);
    await user.click(screen.getByRole('button', { name: 'issue' }));
    unit.release();
    await waitFor(() => expect(region().dataset.state).toBe('failed'));
    expect(screen.getByRole('list', { name: `${t('errors')} (1)` }).textContent).toContain(
      'Unit not onboarded.',
    );
  });
});
