/**
 * The Issue page: the kit's `InvoiceForm` (document kind, header, seller, buyer, note, lines,
 * totals and ZATCA's rule faults at their fields as the user types) over a sample draft from the
 * unit's seller, then `Egs.issue`: the unit assigns ICV, PIH and UUID, signs and stores the
 * document, and a standard document is cleared at once. A simplified document is handed over
 * signed and waits in the outbox; Report now sends it (it must reach ZATCA within 24 hours).
 */
import type { IssuedInvoice } from '@fatoora/core/egs';
import type { InvoiceDraft } from '@fatoora/core/model';
import { InvoiceForm, type InvoiceValidationState } from '@fatoora/react';
import { type ReactNode, useEffect, useState } from 'react';
import { ErrorNotice } from '../components/error-notice.tsx';
import { IssuedInvoiceView } from '../components/issued-invoice-view.tsx';
import { DEMO_UNIT_ID, demoSeller } from '../egs/demo-unit.ts';
import { storedCsrConfig } from '../egs/stored-config.ts';
import { useUnit } from '../egs/unit-context.tsx';
import { useText } from '../i18n/language.tsx';
import { sampleDraft, saudiToday } from '../invoice/sample-draft.ts';
import type { PageName } from '../routing/pages.ts';

/** Props of {@link IssuePage}. */
export interface IssuePageProps {
  readonly onInspect: (xml: string) => void;
  readonly goTo: (page: PageName) => void;
}

/**
 * The page.
 *
 * @example
 * ```tsx
 * <IssuePage onInspect={openInspector} goTo={goTo} />
 * ```
 */
export function IssuePage({ onInspect, goTo }: IssuePageProps): ReactNode {
  const { t } = useText();
  const unit = useUnit();
  const ready = unit.phase === 'ready' ? unit : undefined;
  const [draft, setDraft] = useState<InvoiceDraft | undefined>();
  const [busy, setBusy] = useState<'issuing' | 'reporting' | undefined>();
  const [issued, setIssued] = useState<IssuedInvoice | undefined>();
  const [error, setError] = useState<unknown>();

  // The first draft: the unit's seller (from its CSR), numbered after the chain head.
  const nextCounter = (ready?.status.chainHead.counter ?? 0) + 1;
  useEffect(() => {
    if (ready === undefined || draft !== undefined) return;
    void ready.unit.store.loadUnit(DEMO_UNIT_ID).then((record) => {
      const config = storedCsrConfig(record);
      if (config === undefined) return;
      setDraft(
        sampleDraft({
          subtype: 'standard',
          id: `INV-${nextCounter}`,
          supplyDate: saudiToday(),
          seller: demoSeller(config),
        }),
      );
    });
  }, [ready, draft, nextCounter]);

  if (ready === undefined) return null;
  if (!ready.status.onboarded || draft === undefined) {
    return (
      <section aria-labelledby="issue-title">
        <h2 id="issue-title">{t('issueTitle')}</h2>
        <p>{t('notOnboarded')}</p>
        <button type="button" onClick={() => goTo('onboarding')}>
          {t('goOnboard')}
        </button>
      </section>
    );
  }

  const issue = async (submitted: InvoiceDraft, validation: InvoiceValidationState) => {
    if (!validation.valid) return;
    setBusy('issuing');
    setError(undefined);
    setIssued(undefined);
    try {
      const result = await ready.unit.egs.issue(submitted);
      setIssued(result);
      setDraft({ ...submitted, id: `INV-${result.counter + 1}` });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
      await ready.refresh();
    }
  };

  const reportNow = async () => {
    if (issued === undefined) return;
    setBusy('reporting');
    setError(undefined);
    try {
      await ready.unit.egs.drainOutbox({ upTo: issued.counter, force: true });
      setIssued(await ready.unit.egs.document(issued.counter));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
      await ready.refresh();
    }
  };

  return (
    <section aria-labelledby="issue-title">
      <h2 id="issue-title">{t('issueTitle')}</h2>
      <p>{t('issueIntro')}</p>
      <InvoiceForm
        value={draft}
        onValueChange={setDraft}
        onSubmit={(submitted, validation) => void issue(submitted, validation)}
      >
        <button type="submit" className="primary" disabled={busy !== undefined}>
          {busy === 'issuing' ? t('issuing') : t('issue')}
        </button>
      </InvoiceForm>
      <ErrorNotice error={error} />
      {issued && (
        <IssuedInvoiceView issued={issued} onInspect={onInspect}>
          {issued.state === 'pending' && (
            <button
              type="button"
              className="primary"
              onClick={() => void reportNow()}
              disabled={busy !== undefined}
            >
              {busy === 'reporting' ? t('reporting') : t('reportNow')}
            </button>
          )}
        </IssuedInvoiceView>
      )}
    </section>
  );
}
