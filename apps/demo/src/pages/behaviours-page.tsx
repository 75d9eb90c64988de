/**
 * The Platform behaviours page: every behaviour ZATCA's documents leave unsettled (fatoora-api.md
 * §11) as the embedded simulator's table gives it — the question, the values and what each does,
 * the default, the sources — with the live setting. Choosing a value changes it at once (the next
 * call to the simulator follows it); a free-text behaviour is applied on submit; one button puts
 * every default back. Against one of ZATCA's environments there is nothing to switch, and the page
 * says so instead.
 */
import type { ReactNode } from 'react';
import { type BehaviourChange, useBehaviours } from '../api/use-behaviours.ts';
import { BehaviourField } from '../components/behaviour-field.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useUnit } from '../egs/unit-context.tsx';
import { useText } from '../i18n/language.tsx';

/**
 * The page.
 *
 * @example
 * ```tsx
 * <BehavioursPage />
 * ```
 */
export function BehavioursPage(): ReactNode {
  const { t } = useText();
  const unit = useUnit();
  if (unit.phase !== 'ready') return null;
  return (
    <section aria-labelledby="behaviours-title">
      <h2 id="behaviours-title">{t('behavioursTitle')}</h2>
      {unit.config.simulator ? (
        <BehaviourPanel />
      ) : (
        <p className="notice">{t('behavioursRemote', { name: unit.config.target })}</p>
      )}
    </section>
  );
}

function BehaviourPanel(): ReactNode {
  const { t } = useText();
  const behaviours = useBehaviours(location.origin);
  const { rows, settings } = behaviours;
  return (
    <>
      <p>{t('behavioursIntro')}</p>
      <p className="hint">{t('behavioursEnglish')}</p>
      <div className="row">
        <button type="button" onClick={() => void behaviours.restore()} disabled={rows === undefined}>
          {t('behavioursRestore')}
        </button>
      </div>
      <p role="status" aria-busy={behaviours.busy}>
        {statusText(t, behaviours.lastChange)}
      </p>
      <ErrorNotice error={behaviours.error} />
      {rows === undefined || settings === undefined ? (
        behaviours.error === undefined && <p>{t('behavioursLoading')}</p>
      ) : (
        <div className="behaviours">
          {rows.map((row) => (
            <BehaviourField
              key={row.name}
              row={row}
              current={settings[row.name] ?? row.default}
              requested={behaviours.requested[row.name]}
              onChange={(value) => void behaviours.change(row.name, value)}
              error={behaviours.failed?.name === row.name ? behaviours.failed.error : undefined}
            />
          ))}
        </div>
      )}
    </>
  );
}

function statusText(t: ReturnType<typeof useText>['t'], change: BehaviourChange | undefined): string {
  if (change === undefined) return '';
  return change.kind === 'restored'
    ? t('behavioursRestored')
    : t('behaviourChanged', { name: change.name, value: change.value });
}
