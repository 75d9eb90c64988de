/**
 * The Inspector page: paste an invoice's XML (or load the last one issued) and see why ZATCA would
 * reject it — the hash, the signature and its signed properties, the certificate, each QR tag, the
 * PIH when given, and every business rule with its id and field — all computed in the browser by
 * core's `verifyInvoice` and `validateInvoice`, nothing sent anywhere.
 */
import { readInvoiceQr, VERIFICATION_CODES } from '@fatoora/core/signing';
import { QrInspector } from '@fatoora/react';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { FaultList } from '../components/fault-list.tsx';
import { DEMO_UNIT_ID } from '../egs/demo-unit.ts';
import { useUnit } from '../egs/unit-context.tsx';
import { useText } from '../i18n/language.tsx';
import { type Inspection, inspectInvoice } from '../inspect/inspect-invoice.ts';

/** Props of {@link InspectorPage}. */
export interface InspectorPageProps {
  /** XML handed over by another page (Open in the inspector). */
  readonly xml: string;
  readonly onXmlChange: (xml: string) => void;
}

/**
 * The page.
 *
 * @example
 * ```tsx
 * <InspectorPage xml={xml} onXmlChange={setXml} />
 * ```
 */
export function InspectorPage({ xml, onXmlChange }: InspectorPageProps): ReactNode {
  const { t } = useText();
  const unit = useUnit();
  const [pih, setPih] = useState('');
  const [inspection, setInspection] = useState<Inspection | undefined>();

  // XML handed over from another page is inspected at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival, not on every keystroke.
  useEffect(() => {
    if (xml.trim() !== '') setInspection(inspectInvoice(xml));
  }, []);

  const inspect = (event: FormEvent) => {
    event.preventDefault();
    setInspection(inspectInvoice(xml, pih.trim() !== '' ? { previousInvoiceHash: pih } : {}));
  };
  const loadLast = async () => {
    if (unit.phase !== 'ready') return;
    const [last] = await unit.unit.store.listDocuments(DEMO_UNIT_ID, {
      fromCounter: Math.max(1, unit.status.chainHead.counter),
    });
    if (last === undefined) return;
    onXmlChange(last.submission.clearedXml ?? last.signedXml);
    setPih(last.previousInvoiceHash);
    setInspection(undefined);
  };

  return (
    <section aria-labelledby="inspector-title">
      <h2 id="inspector-title">{t('inspectorTitle')}</h2>
      <p>{t('inspectorIntro')}</p>
      <form onSubmit={inspect}>
        <div className="field">
          <label htmlFor="inspector-xml">{t('xmlLabel')}</label>
          <textarea
            id="inspector-xml"
            value={xml}
            onChange={(event) => onXmlChange(event.target.value)}
            rows={14}
            dir="ltr"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="inspector-pih">{t('pihLabel')}</label>
          <input id="inspector-pih" value={pih} onChange={(event) => setPih(event.target.value)} dir="ltr" />
        </div>
        <div className="row">
          <button type="submit" className="primary" disabled={xml.trim() === ''}>
            {t('inspect')}
          </button>
          {unit.phase === 'ready' && unit.status.chainHead.counter > 0 && (
            <button type="button" onClick={() => void loadLast()}>
              {t('loadLast')}
            </button>
          )}
        </div>
      </form>
      {inspection && <InspectionReport inspection={inspection} xml={xml} />}
    </section>
  );
}

function InspectionReport(props: { readonly inspection: Inspection; readonly xml: string }): ReactNode {
  const { inspection } = props;
  const { t } = useText();
  if (!inspection.readable) {
    return (
      <p role="alert" className="notice notice-error">
        {t('notXml', { message: inspection.message })}
      </p>
    );
  }
  const verdict = {
    rejected: t('verdictRejected'),
    accepted: t('verdictAccepted'),
    'accepted-with-warnings': t('verdictWarnings'),
  }[inspection.verdict];
  const { findings } = inspection.verification;
  return (
    <section aria-labelledby="verdict" className="inspection" data-verdict={inspection.verdict}>
      <h3 id="verdict" role="status" className={`badge badge-${inspection.verdict}`}>
        {verdict}
      </h3>
      <p>
        {t('computedHash')}: <code className="break">{inspection.verification.invoiceHash}</code>
      </p>
      <h4>{t('signatureChecks')}</h4>
      {findings.length === 0 ? (
        <p>{t('noFindings')}</p>
      ) : (
        <ul className="findings">
          {findings.map((finding) => (
            <li key={`${finding.code}|${finding.tag ?? ''}|${finding.message}`}>
              <code>{finding.code}</code> {finding.message}
              <br />
              <small>{VERIFICATION_CODES[finding.code]}</small>
              {finding.expected !== undefined && (
                <small className="break" dir="ltr">
                  <br />
                  expected {finding.expected} · found {finding.actual}
                </small>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('ruleChecks')}</h4>
      {inspection.faults.length === 0 ? <p>{t('noFindings')}</p> : <FaultList faults={inspection.faults} />}
      <QrOfInvoice xml={props.xml} />
    </section>
  );
}

/** The kit's QR inspector on the invoice's own QR, checked against the invoice. */
function QrOfInvoice({ xml }: { readonly xml: string }): ReactNode {
  let qr: string | undefined;
  try {
    qr = readInvoiceQr(xml);
  } catch {
    qr = undefined;
  }
  return qr === undefined ? null : <QrInspector key={qr} defaultValue={qr} signedXml={xml} />;
}
