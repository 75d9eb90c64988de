/**
 * The Onboarding page: the unit's CSR fields (prefilled with the SDK sample's seller), an OTP —
 * minted by the embedded simulator with one click, or typed from the Fatoora portal — and the
 * onboarding itself (`Egs.onboard`): compliance CSID, the six compliance checks, production CSID,
 * with progress read from the unit's record as each step is saved. A failed step is shown, and
 * onboarding again resumes there. Once onboarded: the CSID's expiry, Export key, and Start over.
 */
import { exportPrivateKey } from '@fatoora/core/crypto';
import type { CsrConfig } from '@fatoora/core/csr';
import { type PlannedStep, planOnboarding } from '@fatoora/core/egs';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { mintOtp } from '../api/simulator-admin.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { OnboardingSteps } from '../components/onboarding-steps.tsx';
import { TextField } from '../components/text-field.tsx';
import { DEMO_UNIT_ID, demoCsrConfig } from '../egs/demo-unit.ts';
import { downloadText } from '../egs/download.ts';
import { failedStepKey, stepProgress } from '../egs/step-progress.ts';
import { storedCsrConfig } from '../egs/stored-config.ts';
import { useUnit } from '../egs/unit-context.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { useText } from '../i18n/language.tsx';
import type { MessageKey } from '../i18n/messages.ts';

const TEXT_FIELDS: readonly [keyof CsrConfig, MessageKey][] = [
  ['organizationName', 'organizationName'],
  ['vatNumber', 'vatNumber'],
  ['commonName', 'commonName'],
  ['egsSerialNumber', 'egsSerialNumber'],
  ['organizationUnitName', 'organizationUnitName'],
  ['location', 'location'],
  ['industry', 'industry'],
];

/**
 * The page.
 *
 * @example
 * ```tsx
 * <OnboardingPage />
 * ```
 */
export function OnboardingPage(): ReactNode {
  const { t, locale } = useText();
  const unit = useUnit();
  const [config, setConfig] = useState<CsrConfig>(demoCsrConfig);
  const [resuming, setResuming] = useState(false);
  const [otp, setOtp] = useState('');
  const [running, setRunning] = useState(false);
  const [plan, setPlan] = useState<readonly PlannedStep[] | undefined>();
  const [error, setError] = useState<unknown>();

  const ready = unit.phase === 'ready' ? unit : undefined;
  // A unit that started onboarding keeps its CSR configuration: resume with it.
  useEffect(() => {
    if (ready === undefined) return;
    void ready.unit.store.loadUnit(DEMO_UNIT_ID).then((record) => {
      const stored = storedCsrConfig(record);
      if (stored === undefined || record?.complianceCsid === undefined) return;
      setConfig(stored);
      setResuming(true);
    });
  }, [ready]);

  if (ready === undefined) return null;
  const { egs } = ready.unit;
  const shownPlan =
    plan ??
    (ready.status.onboarding.length > 0
      ? ready.status.onboarding
      : planOnboarding(undefined, config.invoiceType));
  const steps = stepProgress(shownPlan, { running, ...optionalKey(failedStepKey(error)) });

  const onboard = async (event: FormEvent) => {
    event.preventDefault();
    setRunning(true);
    setError(undefined);
    const poll = setInterval(() => {
      void egs.status().then((status) => setPlan(status.onboarding));
    }, 150);
    try {
      await egs.onboard({
        csrConfig: config,
        environment: ready.config.environment,
        ...(otp.trim() !== '' ? { otp: otp.trim() } : {}),
      });
    } catch (failure) {
      setError(failure);
    } finally {
      clearInterval(poll);
      setPlan((await egs.status()).onboarding);
      setRunning(false);
      await ready.refresh();
    }
  };

  const exportKey = () => {
    const key = egs.privateKey;
    if (key)
      downloadText(
        `${DEMO_UNIT_ID}-key.pem`,
        exportPrivateKey(key, { format: 'pkcs8' }),
        'application/x-pem-file',
      );
  };

  const startOver = async () => {
    if (!confirm(t('resetConfirm'))) return;
    setPlan(undefined);
    setError(undefined);
    setResuming(false);
    setConfig(demoCsrConfig());
    await ready.reset();
  };

  const onboarded = ready.status.onboarded;
  return (
    <section aria-labelledby="onboarding-title">
      <h2 id="onboarding-title">{t('onboardingTitle')}</h2>
      <p>{t('onboardingIntro')}</p>
      {!onboarded && (
        <form onSubmit={onboard} aria-busy={running}>
          <fieldset disabled={running || resuming}>
            <legend>{t('unitFieldset')}</legend>
            <div className="grid">
              {TEXT_FIELDS.map(([field, label]) => (
                <TextField
                  key={field}
                  id={`csr-${field}`}
                  label={t(label)}
                  value={config[field]}
                  onChange={(value) => setConfig({ ...config, [field]: value })}
                  required
                />
              ))}
              <div className="field">
                <label htmlFor="csr-invoiceType">{t('invoiceType')}</label>
                <select
                  id="csr-invoiceType"
                  value={config.invoiceType}
                  onChange={(event) => setConfig({ ...config, invoiceType: event.target.value })}
                >
                  <option value="1100">{t('invoiceType1100')}</option>
                  <option value="1000">{t('invoiceType1000')}</option>
                  <option value="0100">{t('invoiceType0100')}</option>
                </select>
              </div>
            </div>
          </fieldset>
          <div className="row">
            <TextField
              id="otp"
              label={t('otp')}
              value={otp}
              onChange={setOtp}
              inputMode="numeric"
              hint={t('otpHint')}
              disabled={running}
              autoComplete="one-time-code"
            />
            {ready.config.simulator && (
              <button
                type="button"
                disabled={running}
                onClick={() => void mintOtp(location.origin).then(setOtp, setError)}
              >
                {t('mintOtp')}
              </button>
            )}
          </div>
          <button type="submit" className="primary" disabled={running}>
            {running ? t('onboarding') : t('onboard')}
          </button>
        </form>
      )}
      <OnboardingSteps steps={steps} />
      <ErrorNotice error={error} />
      {onboarded && ready.status.csidExpiresAt && (
        <p role="status" className="notice notice-ok">
          {t('onboarded', { date: formatDateTime(locale, ready.status.csidExpiresAt) })}
        </p>
      )}
      <div className="row">
        {egs.privateKey && (
          <button type="button" onClick={exportKey} aria-describedby="export-hint">
            {t('exportKey')}
          </button>
        )}
        <button type="button" onClick={() => void startOver()} disabled={running}>
          {t('resetUnit')}
        </button>
      </div>
      <p id="export-hint" className="hint">
        {t('exportKeyHint')}
      </p>
    </section>
  );
}

function optionalKey(key: string | undefined): { failedKey?: string } {
  return key === undefined ? {} : { failedKey: key };
}
