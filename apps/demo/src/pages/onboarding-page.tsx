/**
 * The Onboarding page: the unit's CSR fields (prefilled with the SDK sample's seller), an OTP —
 * minted by the embedded simulator with one click, or typed from the Fatoora portal — and the kit's
 * `OnboardingWizard`, which drives `Egs.onboard` (compliance CSID, the six compliance checks,
 * production CSID) and shows each step as the unit's record saves it; a failed step is named, and
 * the wizard resumes there. Once onboarded: the CSID's expiry, Export key, and Start over.
 */
import { exportPrivateKey } from '@fatoora/core/crypto';
import { CSR_FIELDS, type CsrConfig } from '@fatoora/core/csr';
import { OnboardingWizard } from '@fatoora/react';
import { type ReactNode, useEffect, useState } from 'react';
import { mintOtp } from '../api/simulator-admin.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { TextField } from '../components/text-field.tsx';
import { DEMO_UNIT_ID, demoCsrConfig } from '../egs/demo-unit.ts';
import { downloadText } from '../egs/download.ts';
import { storedCsrConfig } from '../egs/stored-config.ts';
import { useUnit } from '../egs/unit-context.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { useText } from '../i18n/language.tsx';

/** The CSR fields typed as text, in core's order: the country is always SA, the invoice type a choice. */
const TEXT_FIELDS = (Object.keys(CSR_FIELDS) as (keyof CsrConfig)[]).filter(
  (field) => field !== 'countryName' && field !== 'invoiceType',
);

/**
 * The page.
 *
 * @example
 * ```tsx
 * <OnboardingPage />
 * ```
 */
export function OnboardingPage(): ReactNode {
  const { t, language, locale } = useText();
  const unit = useUnit();
  const [config, setConfig] = useState<CsrConfig>(demoCsrConfig);
  const [locked, setLocked] = useState(false);
  const [otp, setOtp] = useState('');
  const [error, setError] = useState<unknown>();

  const ready = unit.phase === 'ready' ? unit : undefined;
  // A unit that holds a compliance CSID keeps its CSR configuration: resume with it.
  useEffect(() => {
    if (ready === undefined) return;
    void ready.unit.store.loadUnit(DEMO_UNIT_ID).then((record) => {
      const stored = storedCsrConfig(record);
      if (stored === undefined || record?.complianceCsid === undefined) return;
      setConfig(stored);
      setLocked(true);
    });
  }, [ready]);

  if (ready === undefined) return null;
  const { egs } = ready.unit;
  const onboarded = ready.status.onboarded;

  const exportKey = () => {
    const key = egs.privateKey;
    if (key) {
      downloadText(
        `${DEMO_UNIT_ID}-key.pem`,
        exportPrivateKey(key, { format: 'pkcs8' }),
        'application/x-pem-file',
      );
    }
  };

  const startOver = async () => {
    if (!confirm(t('resetConfirm'))) return;
    setError(undefined);
    setLocked(false);
    setOtp('');
    setConfig(demoCsrConfig());
    await ready.reset();
  };

  return (
    <section aria-labelledby="onboarding-title">
      <h2 id="onboarding-title">{t('onboardingTitle')}</h2>
      <p>{t('onboardingIntro')}</p>
      {!onboarded && (
        <>
          <fieldset disabled={locked}>
            <legend>{t('unitFieldset')}</legend>
            <div className="grid">
              {TEXT_FIELDS.map((field) => (
                <TextField
                  key={field}
                  id={`csr-${field}`}
                  label={CSR_FIELDS[field][language]}
                  value={config[field]}
                  onChange={(value) => setConfig({ ...config, [field]: value })}
                  required
                />
              ))}
              <div className="field">
                <label htmlFor="csr-invoiceType">{CSR_FIELDS.invoiceType[language]}</label>
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
          <p className="hint">{t('otpHint')}</p>
          {ready.config.simulator && (
            <button type="button" onClick={() => void mintOtp(location.origin).then(setOtp, setError)}>
              {t('mintOtp')}
            </button>
          )}
        </>
      )}
      <OnboardingWizard
        csrConfig={config}
        environment={ready.config.environment}
        value={otp}
        onValueChange={setOtp}
        pollIntervalMs={150}
        onComplete={() => void ready.refresh()}
        onError={() => void ready.refresh()}
      />
      <ErrorNotice error={error} />
      {onboarded && ready.status.csidExpiresAt && (
        <p className="notice notice-ok">
          {t('onboarded', { date: formatDateTime(locale, ready.status.csidExpiresAt) })}
        </p>
      )}
      <div className="row">
        {egs.privateKey && (
          <button type="button" onClick={exportKey} aria-describedby="export-hint">
            {t('exportKey')}
          </button>
        )}
        <button type="button" onClick={() => void startOver()}>
          {t('resetUnit')}
        </button>
      </div>
      <p id="export-hint" className="hint">
        {t('exportKeyHint')}
      </p>
    </section>
  );
}
