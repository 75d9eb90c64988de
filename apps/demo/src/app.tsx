/**
 * The playground's frame: the header (title, which platform `/api` reaches, the English/Arabic
 * toggle), the page navigation, and the page of the current hash route inside the kit's
 * `FatooraProvider` (the reader's language and the EGS unit for its components). The XML that "Open in the
 * inspector" hands over lives here, so it survives going from page to page.
 */
import { FatooraProvider } from '@fatoora/react';
import { type ReactNode, useState } from 'react';
import { UnitProvider, useUnit } from './egs/unit-context.tsx';
import { LanguageProvider, useText } from './i18n/language.tsx';
import { BehavioursPage } from './pages/behaviours-page.tsx';
import { ChainPage } from './pages/chain-page.tsx';
import { InspectorPage } from './pages/inspector-page.tsx';
import { IssuePage } from './pages/issue-page.tsx';
import { OnboardingPage } from './pages/onboarding-page.tsx';
import { navigationPages, PAGES } from './routing/pages.ts';
import { usePage } from './routing/use-page.ts';

/**
 * The whole app.
 *
 * @example
 * ```tsx
 * createRoot(root).render(<App />);
 * ```
 */
export function App(): ReactNode {
  return (
    <LanguageProvider>
      <UnitProvider>
        <Frame />
      </UnitProvider>
    </LanguageProvider>
  );
}

function Frame(): ReactNode {
  const { t, language, setLanguage } = useText();
  const unit = useUnit();
  const [page, goTo] = usePage();
  const [inspectorXml, setInspectorXml] = useState('');
  const openInspector = (xml: string) => {
    setInspectorXml(xml);
    goTo('inspector');
  };
  const target =
    unit.phase === 'ready' ? (unit.config.simulator ? t('targetSimulator') : unit.config.target) : undefined;
  return (
    <>
      <header className="masthead">
        <div>
          <h1>{t('appTitle')}</h1>
          <p>{t('appTagline')}</p>
        </div>
        <div className="masthead-tools">
          {target && <span className="target">{t('target', { name: target })}</span>}
          <button type="button" onClick={() => setLanguage(language === 'ar' ? 'en' : 'ar')}>
            <span lang={language === 'ar' ? 'en' : 'ar'}>{t('language')}</span>
            <span className="visually-hidden"> ({t('languageLabel')})</span>
          </button>
        </div>
      </header>
      <nav aria-label={t('navLabel')}>
        <ul>
          {navigationPages(unit.phase === 'ready' && unit.config.simulator).map((name) => (
            <li key={name}>
              <a href={PAGES[name].hash} aria-current={name === page ? 'page' : undefined}>
                {t(PAGES[name].label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main">
        {unit.phase === 'loading' && <p role="status">{t('loading')}</p>}
        {unit.phase === 'failed' && (
          <p role="alert" className="notice notice-error">
            {t('openFailed', { message: unit.message })}
          </p>
        )}
        {unit.phase === 'ready' && (
          <FatooraProvider locale={language} egs={unit.unit.egs}>
            {page === 'onboarding' && <OnboardingPage />}
            {page === 'issue' && <IssuePage onInspect={openInspector} goTo={goTo} />}
            {page === 'chain' && <ChainPage onInspect={openInspector} />}
            {page === 'inspector' && <InspectorPage xml={inspectorXml} onXmlChange={setInspectorXml} />}
            {page === 'behaviours' && <BehavioursPage />}
          </FatooraProvider>
        )}
      </main>
    </>
  );
}
