/**
 * The Inspector page: paste an invoice's XML (or load the last one issued) and see why ZATCA would
 * reject it — the hash, the signature and its signed properties, the certificate, each QR tag, the
 * PIH when given, and every business rule with its id and field — all computed in the browser by
 * core's `verifyInvoice` and `validateInvoice`; only the simulator's CA certificate is fetched,
 * once. The verdict says what was checked: the certificate's issuer against the simulator's CA
 * when the demo talks to the simulator, and plainly "issuer NOT checked" against ZATCA's
 * environments, whose CA certificate the demo does not have. It is never ZATCA's decision.
 */
import { readInvoiceQr, VERIFICATION_CODES } from '@fatoora/core/signing';
import { QrInspector } from '@fatoora/react';
import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { FaultList } from '../components/fault-list.tsx';
import { DEMO_UNIT_ID } from '../egs/demo-unit.ts';
import { useUnit } from '../egs/unit-context.tsx';
import { useText } from '../i18n/language.tsx';
import { type Inspection, inspectInvoice } from '../inspect/inspect-invoice.ts';
import { type PlatformAnchor, usePlatformAnchor } from '../inspect/use-platform-anchor.ts';

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
  const anchor = usePlatformAnchor();
  const trustAnchors = useMemo(() => (anchor.state === 'simulator' ? [anchor.pem] : undefined), [anchor]);
  /** What was asked to be inspected; inspected again once the platform's CA certificate arrives. */
  const [request, setRequest] = useState<{ readonly xml: string; readonly pih?: string } | undefined>();
  const inspection = useMemo<Inspection | undefined>(
    () =>
      request &&
      inspectInvoice(request.xml, {
        ...(request.pih !== undefined ? { previousInvoiceHash: request.pih } : {}),
        ...(trustAnchors ? { trustAnchors } : {}),
      }),
    [request, trustAnchors],
  );

  // XML handed over from another page is inspected at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival, not on every keystroke.
  useEffect(() => {
    if (xml.trim() !== '') setRequest({ xml });
  }, []);

  const inspect = (event: FormEvent) => {
    event.preventDefault();
    setRequest(pih.trim() !== '' ? { xml, pih } : { xml });
  };
  const loadLast = async () => {
    if (unit.phase !== 'ready') return;
    const [last] = await unit.unit.store.listDocuments(DEMO_UNIT_ID, {
      fromCounter: Math.max(1, unit.status.chainHead.counter),
    });
    if (last === undefined) return;
    onXmlChange(last.submission.clearedXml ?? last.signedXml);
    setPih(last.previousInvoiceHash);
    setRequest(undefined);
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
      {inspection && request && (
        <InspectionReport
          inspection={inspection}
          xml={request.xml}
          anchor={anchor}
          {...(trustAnchors ? { trustAnchors } : {})}
        />
      )}
    </section>
  );
}

function InspectionReport(props: {
  readonly inspection: Inspection;
  readonly xml: string;
  readonly anchor: PlatformAnchor;
  readonly trustAnchors?: readonly string[];
}): ReactNode {
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
      <p className={`issuer-check issuer-${inspection.issuer}`} data-issuer={inspection.issuer}>
        {issuerText(inspection, props.anchor, t)}
      </p>
      <p>
        {t('computedHash')}: <code className="break">{inspection.verification.invoiceHash}</code>
      </p>
      <h4>{t('signatureChecks')}</h4>
      {findings.length === 0 ? (
        <p>{t('noFindings')}</p>
      ) : (
        <ul className="findings">
          {findings.map((finding) => (
            <li
              key={`${finding.code}|${finding.tag ?? ''}|${finding.message}`}
              className={`finding finding-${finding.severity}`}
              data-severity={finding.severity}
            >
              {finding.severity === 'warning' && <strong>{t('warning')}: </strong>}
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
      <QrOfInvoice xml={props.xml} {...(props.trustAnchors ? { trustAnchors: props.trustAnchors } : {})} />
    </section>
  );
}

/** What the signature checks established about the certificate's issuer, in words. */
function issuerText(
  inspection: Extract<Inspection, { readable: true }>,
  anchor: PlatformAnchor,
  t: ReturnType<typeof useText>['t'],
): string {
  switch (inspection.issuer) {
    case 'inconsistent':
      return t('signatureInconsistent');
    case 'anchored':
      return t('issuerAnchored', { subject: inspection.verification.anchor?.subject ?? '' });
    case 'untrusted':
      return t('issuerUntrusted');
    default:
      if (anchor.state === 'pending') return t('issuerPending');
      if (anchor.state === 'none' && anchor.reason === 'remote') return t('issuerNotCheckedRemote');
      return t('issuerNotChecked');
  }
}

/** The kit's QR inspector on the invoice's own QR, checked against the invoice and the platform's CA. */
function QrOfInvoice({
  xml,
  trustAnchors,
}: {
  readonly xml: string;
  readonly trustAnchors?: readonly string[];
}): ReactNode {
  let qr: string | undefined;
  try {
    qr = readInvoiceQr(xml);
  } catch {
    qr = undefined;
  }
  return qr === undefined ? null : (
    <QrInspector key={qr} defaultValue={qr} signedXml={xml} trustAnchors={trustAnchors} />
  );
}
