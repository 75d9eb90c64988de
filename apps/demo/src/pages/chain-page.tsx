/**
 * The Chain & outbox page: every issued document in ICV order with its hash and the PIH it chains
 * to (each PIH is the previous row's hash), where it stands with ZATCA, and the outbox — the
 * documents still to reach the platform, each with its 24-hour deadline (BR-KSA-98), attempts and
 * last error — with a button to send it. With the embedded simulator, an outage can be switched on
 * to watch documents wait in the outbox and go out in order once it ends.
 */
import type { IssuedDocumentRecord, OutboxItem } from '@fatoora/core/egs';
import { DOCUMENT_KINDS } from '@fatoora/core/model';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { endOutage, startOutage } from '../api/simulator-admin.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { DEMO_UNIT_ID } from '../egs/demo-unit.ts';
import { useUnit } from '../egs/unit-context.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { useText } from '../i18n/language.tsx';
import type { MessageKey } from '../i18n/messages.ts';

const STATE_TEXT: Record<IssuedDocumentRecord['submission']['state'], MessageKey> = {
  cleared: 'stateCleared',
  reported: 'stateReported',
  pending: 'statePending',
  rejected: 'stateRejected',
};

/** Props of {@link ChainPage}. */
export interface ChainPageProps {
  readonly onInspect: (xml: string) => void;
}

/**
 * The page.
 *
 * @example
 * ```tsx
 * <ChainPage onInspect={openInspector} />
 * ```
 */
export function ChainPage({ onInspect }: ChainPageProps): ReactNode {
  const { t, language, locale } = useText();
  const unit = useUnit();
  const ready = unit.phase === 'ready' ? unit : undefined;
  const [documents, setDocuments] = useState<readonly IssuedDocumentRecord[]>([]);
  const [outbox, setOutbox] = useState<readonly OutboxItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();

  const load = useCallback(async () => {
    if (ready === undefined) return;
    setDocuments(await ready.unit.store.listDocuments(DEMO_UNIT_ID));
    setOutbox(await ready.unit.egs.pending());
  }, [ready]);

  useEffect(() => {
    void load();
  }, [load]);

  if (ready === undefined) return null;
  const now = Date.now();

  const run = async (action: () => Promise<string | undefined>) => {
    setBusy(true);
    setError(undefined);
    try {
      setNotice(await action());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      await ready.refresh();
    }
  };
  const drain = () =>
    run(async () => {
      const result = await ready.unit.egs.drainOutbox({ force: true });
      return t('drained', { settled: result.settled.length, remaining: result.remaining.length });
    });

  return (
    <section aria-labelledby="chain-title">
      <h2 id="chain-title">{t('chainTitle')}</h2>
      <p>
        {t('chainHead', { icv: ready.status.chainHead.counter })} · PIH{' '}
        <code className="break">{ready.status.chainHead.previousInvoiceHash}</code>
      </p>
      <table className="chain">
        <caption>{t('chainTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('icv')}</th>
            <th scope="col">{t('documentId')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('invoiceHash')}</th>
            <th scope="col">{t('pih')}</th>
            <th scope="col">{t('issuedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.length === 0 && (
            <tr>
              <td colSpan={7}>{t('noDocuments')}</td>
            </tr>
          )}
          {documents.map((document) => (
            <tr key={document.counter} data-state={document.submission.state}>
              <td>{document.counter}</td>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => onInspect(document.submission.clearedXml ?? document.signedXml)}
                >
                  {document.id}
                </button>
              </td>
              <td>{DOCUMENT_KINDS[document.kind][language]}</td>
              <td>{t(STATE_TEXT[document.submission.state])}</td>
              <td>
                <code title={document.invoiceHash}>{short(document.invoiceHash)}</code>
              </td>
              <td>
                <code title={document.previousInvoiceHash}>{short(document.previousInvoiceHash)}</code>
              </td>
              <td>{formatDateTime(locale, document.issuedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('outboxTitle')}</h3>
      {outbox.length === 0 ? (
        <p>{t('outboxEmpty')}</p>
      ) : (
        <ul className="outbox" aria-label={t('outboxTitle')}>
          {outbox.map((item) => (
            <li key={item.counter} data-overdue={item.overdue || undefined}>
              <strong>
                {t('icv')} {item.counter} · {item.id}
              </strong>{' '}
              · {DOCUMENT_KINDS[item.kind][language]} · {t('deadline')}{' '}
              {formatDateTime(locale, item.deadline)} (
              {item.overdue ? t('overdue') : timeLeft(t, Date.parse(item.deadline) - now)}) · {t('attempts')}{' '}
              {item.attempts}
              {item.lastError && (
                <>
                  {' '}
                  · {t('lastError')}: <code>{item.lastError.code}</code> {item.lastError.message}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={() => void drain().then(load)} disabled={busy}>
          {busy ? t('draining') : t('drain')}
        </button>
        {ready.config.simulator && (
          <>
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  await startOutage(location.origin, 3);
                  return t('outageOn');
                })
              }
              disabled={busy}
            >
              {t('outage')}
            </button>
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  await endOutage(location.origin);
                  return undefined;
                })
              }
              disabled={busy}
            >
              {t('endOutage')}
            </button>
          </>
        )}
      </div>
      {notice && <p role="status">{notice}</p>}
      <ErrorNotice error={error} />
    </section>
  );
}

/** The first and last characters of a hash. */
function short(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-6)}` : hash;
}

function timeLeft(t: ReturnType<typeof useText>['t'], ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  return t('timeLeft', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
