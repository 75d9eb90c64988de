import type { OnboardingResult } from '@fatoora/core/egs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../test/support/axe.ts';
import { CSR_CONFIG, FakeOnboardingUnit } from '../../test/support/fake-onboarding-unit.ts';
import { DIRECTIONS, renderIn } from '../../test/support/render.tsx';
import { FatooraProvider } from '../context/fatoora-provider.tsx';
import { uiText } from '../i18n/ui-text.ts';
import { OnboardingWizard } from './onboarding-wizard.tsx';

describe.each(DIRECTIONS)('OnboardingWizard ($dir)', (direction) => {
  const { locale } = direction;
  const t = (key: Parameters<typeof uiText>[0]) => uiText(key, locale);
  const wizard = () => screen.getByRole('region', { name: t('onboarding') });
  const steps = () =>
    within(within(wizard()).getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem');
  const states = () => steps().map((item) => item.dataset.state);
  const renderWizard = (
    unit: FakeOnboardingUnit,
    extra: { onComplete?: (result: OnboardingResult) => void } = {},
  ) =>
    renderIn(
      direction,
      <OnboardingWizard
        driver={unit}
        csrConfig={CSR_CONFIG}
        environment="simulation"
        locale={locale}
        pollIntervalMs={10}
        {...extra}
      />,
    );

  test('A new unit shows every step waiting and asks for the OTP first.', async () => {
    const { container } = renderWizard(new FakeOnboardingUnit());
    await waitFor(() => expect(wizard().dataset.state).toBe('idle'));
    expect(states()).toEqual(Array(8).fill('pending'));
    expect(steps()[1]?.textContent).toContain(
      `${t('complianceCheck')}: ${locale === 'en' ? 'Standard tax invoice' : 'فاتورة ضريبية'}`,
    );
    const start = screen.getByRole('button', { name: t('startOnboarding') }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    await userEvent.setup().type(screen.getByRole('textbox', { name: t('otp') }), '123456');
    expect(start.disabled).toBe(false);
    await expectNoAxeViolations(container);
  });

  test('Each step shows its progress as it runs, up to the production CSID.', async () => {
    const user = userEvent.setup();
    const unit = new FakeOnboardingUnit();
    const completed: OnboardingResult[] = [];
    const { container } = renderWizard(unit, { onComplete: (result) => completed.push(result) });
    await waitFor(() => expect(wizard().dataset.state).toBe('idle'));
    await user.type(screen.getByRole('textbox', { name: t('otp') }), '123456');
    await user.click(screen.getByRole('button', { name: t('startOnboarding') }));
    expect(wizard().dataset.state).toBe('running');
    for (let step = 0; step < 8; step++) {
      await waitFor(() => expect(states()[step]).toBe('running'));
      expect(steps()[step]?.getAttribute('aria-current')).toBe('step');
      if (step === 3) await expectNoAxeViolations(container);
      await unit.advance();
      if (step < 7) await waitFor(() => expect(states()[step]).toBe('done'));
    }
    await waitFor(() => expect(wizard().dataset.state).toBe('done'));
    expect(states()).toEqual(Array(8).fill('done'));
    expect(screen.getByRole('status').textContent).toBe(t('onboarded'));
    expect((within(wizard()).getByRole('progressbar') as HTMLProgressElement).value).toBe(8);
    expect(unit.calls[0]).toEqual({ csrConfig: CSR_CONFIG, environment: 'simulation', otp: '123456' });
    expect(completed).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  test('A failed step is marked with ZATCA’s answer, and the run resumes there without an OTP.', async () => {
    const user = userEvent.setup();
    const unit = new FakeOnboardingUnit();
    unit.failAt = 'compliance-check:standard-credit-note';
    const { container } = renderWizard(unit);
    await waitFor(() => expect(wizard().dataset.state).toBe('idle'));
    await user.type(screen.getByRole('textbox', { name: t('otp') }), '123456');
    await user.click(screen.getByRole('button', { name: t('startOnboarding') }));
    for (let step = 0; step < 3; step++) await unit.advance();
    await waitFor(() => expect(wizard().dataset.state).toBe('failed'));
    expect(states()).toEqual([
      'done',
      'done',
      'failed',
      'pending',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Invalid-OTP');
    await expectNoAxeViolations(container);

    expect(screen.queryByRole('textbox', { name: t('otp') })).toBeNull();
    await user.click(screen.getByRole('button', { name: t('resumeOnboarding') }));
    for (let step = 2; step < 8; step++) await unit.advance();
    await waitFor(() => expect(wizard().dataset.state).toBe('done'));
    expect(unit.calls[1]).toEqual({ csrConfig: CSR_CONFIG, environment: 'simulation' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('A unit onboarded part-way shows what is done and offers to resume.', async () => {
    const unit = FakeOnboardingUnit.resumed(['standard-invoice', 'standard-credit-note']);
    const { container } = renderWizard(unit);
    await waitFor(() => expect(wizard().dataset.state).toBe('idle'));
    expect(states()).toEqual(['done', 'done', 'done', 'pending', 'pending', 'pending', 'pending', 'pending']);
    expect(screen.queryByRole('textbox', { name: t('otp') })).toBeNull();
    expect((within(wizard()).getByRole('progressbar') as HTMLProgressElement).value).toBe(3);
    unit.stepped = false;
    await userEvent.setup().click(screen.getByRole('button', { name: t('resumeOnboarding') }));
    await waitFor(() => expect(wizard().dataset.state).toBe('done'));
    await expectNoAxeViolations(container);
  });

  test('The unit can come from FatooraProvider, and the OTP can be controlled.', async () => {
    const user = userEvent.setup();
    const unit = new FakeOnboardingUnit();
    unit.stepped = false;
    renderIn(direction, <ControlledOtp unit={unit} locale={locale} />);
    await waitFor(() => expect(wizard().dataset.state).toBe('idle'));
    const otp = screen.getByRole('textbox', { name: t('otp') }) as HTMLInputElement;
    await user.type(otp, '12');
    expect(otp.value).toBe('012');
    await user.click(screen.getByRole('button', { name: t('startOnboarding') }));
    await waitFor(() => expect(wizard().dataset.state).toBe('done'));
    expect(unit.calls[0]?.otp).toBe('012');
  });
});

/** A parent that keeps the OTP (prefixing a zero, to show who is in control) and provides the unit. */
function ControlledOtp({ unit, locale }: { unit: FakeOnboardingUnit; locale: 'ar' | 'en' }) {
  const [otp, setOtp] = useState('');
  return (
    <FatooraProvider locale={locale} onboarding={unit}>
      <OnboardingWizard
        csrConfig={CSR_CONFIG}
        environment="simulation"
        pollIntervalMs={10}
        value={otp}
        onValueChange={(next) => setOtp(next.startsWith('0') ? next : `0${next}`)}
      />
    </FatooraProvider>
  );
}
