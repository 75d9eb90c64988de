/**
 * An issued document as the Issue page shows it: where it stands with ZATCA (cleared, reported,
 * waiting or rejected — announced as a status), its place in the chain (ICV, PIH, hash, UUID), the
 * reporting deadline of a waiting document, ZATCA's messages, the QR and its fields, a preview, and
 * the XML itself (ZATCA's stamped version for a cleared document) to read, download or inspect.
 */

import type { IssuedInvoice } from '@fatoora/core/egs';
import { decodeQr } from '@fatoora/core/qr';
import type { ReactNode } from 'react';
import { downloadText } from '../egs/download.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useText } from '../i18n/language.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { InvoicePreview } from './invoice-preview.tsx';
import { QrFields } from './qr-fields.tsx';

const STATE_TEXT: Record<IssuedInvoice['state'], MessageKey> = {
  cleared: 'stateCleared',
  reported: 'stateReported',
  pending: 'statePending',
  rejected: 'stateRejected',
};

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
  const qr = safeDecode(issued.qr);
  return (
    <section aria-labelledby="issued-title" className="issued" data-state={issued.state}>
      <h3 id="issued-title">{t('resultTitle', { id: issued.id })}</h3>
      <p role="status" className={`badge badge-${issued.state}`}>
        {t(STATE_TEXT[issued.state])}
      </p>
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
      {issued.messages.length > 0 && (
        <>
          <h4>{t('zatcaMessages')}</h4>
          <ul>
            {issued.messages.map((message) => (
              <li key={`${message.code}|${message.message}`}>
                <code>{message.code}</code> {message.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {qr && (
        <>
          <h4>{t('qrTitle')}</h4>
          <QrFields qr={qr} caption={t('qrFields')} />
          <details>
            <summary>{t('qrText')}</summary>
            <code className="break">{issued.qr}</code>
          </details>
        </>
      )}
      <h4>{t('previewTitle')}</h4>
      <InvoicePreview xml={xml} />
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

function safeDecode(text: string | undefined) {
  if (text === undefined) return undefined;
  try {
    return decodeQr(text);
  } catch {
    return undefined;
  }
}
