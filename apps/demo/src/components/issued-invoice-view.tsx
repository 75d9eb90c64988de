/**
 * An issued document as the Issue page shows it, on the kit's components: `SubmissionStatus`
 * (cleared, reported, waiting in the outbox or rejected, with ZATCA's messages), its place in the
 * chain (ICV, PIH, hash, UUID) and the reporting deadline of a waiting document, `InvoiceQr` and
 * `QrInspector` (the nine fields, checked against the signed XML), `InvoicePreview`, and the XML
 * itself (ZATCA's stamped version for a cleared document) to read, download or inspect.
 */
import type { IssuedInvoice } from '@fatoora/core/egs';
import { parseInvoice } from '@fatoora/core/pipeline';
import { InvoicePreview, InvoiceQr, outcomeOfIssued, QrInspector, SubmissionStatus } from '@fatoora/react';
import { type ReactNode, useMemo } from 'react';
import { downloadText } from '../egs/download.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useText } from '../i18n/language.tsx';

/** Props of {@link IssuedInvoiceView}. */
export interface IssuedInvoiceViewProps {
  readonly issued: IssuedInvoice;
  /** Opens the XML in the Inspector. */
  readonly onInspect?: (xml: string) => void;
  /** Extra actions (e.g. Report now). */
  readonly children?: ReactNode;
}

/**
 * The view.
 *
 * @example
 * ```tsx
 * <IssuedInvoiceView issued={await egs.issue(draft)} onInspect={openInspector} />
 * ```
 */
export function IssuedInvoiceView({ issued, onInspect, children }: IssuedInvoiceViewProps): ReactNode {
  const { t, locale } = useText();
  const xml = issued.document ?? issued.signedXml;
  const invoice = useMemo(() => {
    try {
      return parseInvoice(xml);
    } catch {
      return undefined;
    }
  }, [xml]);
  return (
    <section aria-labelledby="issued-title" className="issued" data-state={issued.state}>
      <h3 id="issued-title">{t('resultTitle', { id: issued.id })}</h3>
      <SubmissionStatus value={outcomeOfIssued(issued)} />
      <dl className="facts">
        <div>
          <dt>{t('icv')}</dt>
          <dd>{issued.counter}</dd>
        </div>
        <div>
          <dt>{t('uuid')}</dt>
          <dd>
            <code>{issued.uuid}</code>
          </dd>
        </div>
        <div>
          <dt>{t('invoiceHash')}</dt>
          <dd>
            <code>{issued.invoiceHash}</code>
          </dd>
        </div>
        <div>
          <dt>{t('pih')}</dt>
          <dd>
            <code>{issued.previousInvoiceHash}</code>
          </dd>
        </div>
        {issued.state === 'pending' && (
          <div>
            <dt>{t('deadline')}</dt>
            <dd>{formatDateTime(locale, issued.deadline)}</dd>
          </div>
        )}
      </dl>
      {children}
      {issued.qr && (
        <div className="qr">
          <InvoiceQr value={issued.qr} size={180} label={t('qrTitle')} />
          <QrInspector key={issued.qr} defaultValue={issued.qr} signedXml={xml} />
        </div>
      )}
      {invoice && <InvoicePreview invoice={invoice} qr={issued.qr} />}
      <details>
        <summary>{issued.state === 'cleared' ? t('clearedXml') : t('signedXml')}</summary>
        <pre className="xml" dir="ltr">
          {xml}
        </pre>
      </details>
      <div className="row">
        <button type="button" onClick={() => downloadText(`${issued.id}.xml`, xml, 'application/xml')}>
          {t('downloadXml')}
        </button>
        {onInspect && (
          <button type="button" onClick={() => onInspect(xml)}>
            {t('openInInspector')}
          </button>
        )}
      </div>
    </section>
  );
}
