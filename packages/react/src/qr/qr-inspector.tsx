/**
 * The QR inspector: paste a ZATCA QR payload (or let a barcode scanner type it) and read its nine
 * fields, named in the reader's language, with amounts and the timestamp formatted by Intl; a
 * payload that does not decode names the rule it broke. Given the signed XML or the certificate,
 * it also says whether the QR is genuine (see `qr-verification.ts`) — "Verified" only when the
 * certificate's issuer was checked against `trustAnchors`, else "Consistent — the certificate's
 * issuer was not checked". The payload is controllable
 * (`value` / `defaultValue` / `onValueChange`); `data-state` is `empty`, `invalid` or `decoded`,
 * `data-verification` is `unverified`, `verified` or `failed`, and the status's `data-issuer` is
 * `checked` or `not-checked`.
 */
import type { DecodedQr } from '@fatoora/core/qr';
import { type ReactNode, type Ref, useId, useMemo } from 'react';
import { useLocale } from '../context/fatoora-provider.tsx';
import { FaultMessage } from '../fields/fault-message.tsx';
import { useControllableState } from '../hooks/use-controllable-state.ts';
import { useQrFields } from '../hooks/use-qr-fields.ts';
import { formatAmount } from '../i18n/format-amount.ts';
import { formatInvoiceDate, formatInvoiceTime } from '../i18n/format-date.ts';
import type { FatooraLocale } from '../i18n/locale.ts';
import { uiText } from '../i18n/ui-text.ts';
import { QR_FIELD_LABELS, type QrFieldName } from './qr-field-labels.ts';
import { type QrEvidence, verifyQr } from './qr-verification.ts';

/** Props of {@link QrInspector}. */
export interface QrInspectorProps extends QrEvidence {
  /** The controlled payload. */
  readonly value?: string;
  /** The first payload when uncontrolled. */
  readonly defaultValue?: string;
  /** Called with the payload as it is typed or pasted. */
  readonly onValueChange?: (payload: string) => void;
  /** The reader's language, for labels, numbers and dates; default: the provider's. */
  readonly locale?: FatooraLocale;
  /** The inspector's accessible name. Default: "QR fields" in the reader's language. */
  readonly 'aria-label'?: string;
  /** Replaces the default class `fatoora-qr-inspector`, which the opt-in stylesheet styles. */
  readonly className?: string;
  /** Receives the root `<section>` element. */
  readonly ref?: Ref<HTMLElement>;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A field's value as shown. */
function shown(fields: DecodedQr, name: QrFieldName, locale: FatooraLocale): string | undefined {
  switch (name) {
    case 'invoiceTotal':
    case 'vatTotal':
      return formatAmount(fields[name], locale, { currency: 'SAR' });
    case 'timestamp': {
      const [date = '', time = ''] = fields.timestamp.split('T');
      const formatted = `${formatInvoiceDate(date, locale)} ${formatInvoiceTime(time, locale)}`.trim();
      return formatted === fields.timestamp ? formatted : `${formatted} (${fields.timestamp})`;
    }
    case 'publicKey':
      return hex(fields.publicKey);
    case 'certificateSignature':
      return fields.certificateSignature ? hex(fields.certificateSignature) : undefined;
    default:
      return fields[name];
  }
}

/** Values that are codes, not words: always left to right. */
const CODE_FIELDS: ReadonlySet<QrFieldName> = new Set([
  'vatNumber',
  'invoiceHash',
  'signature',
  'publicKey',
  'certificateSignature',
]);

/**
 * A QR inspector.
 *
 * @example
 * ```tsx
 * <QrInspector locale="ar" defaultValue={issued.qr} signedXml={issued.signedXml} trustAnchors={[caPem]} />
 * ```
 */
export function QrInspector(props: QrInspectorProps): ReactNode {
  const locale = useLocale(props.locale);
  const [payload, setPayload] = useControllableState({
    value: props.value,
    defaultValue: props.defaultValue ?? '',
    onValueChange: props.onValueChange,
  });
  const { fields, fault } = useQrFields(payload);
  const { signedXml, certificate, trustAnchors } = props;
  const verification = useMemo(
    () => (fields ? verifyQr(payload, fields, { signedXml, certificate, trustAnchors }) : undefined),
    [payload, fields, signedXml, certificate, trustAnchors],
  );
  const inputId = useId();
  const faultId = `${inputId}-faults`;
  const state = fault ? 'invalid' : fields ? 'decoded' : 'empty';
  return (
    <section
      ref={props.ref}
      className={props.className ?? 'fatoora-qr-inspector'}
      aria-label={props['aria-label'] ?? uiText('qrFields', locale)}
      data-state={state}
      data-verification={verification?.status ?? 'unverified'}
    >
      <div className="fatoora-field" data-state={fault ? 'invalid' : 'valid'}>
        <label className="fatoora-label" htmlFor={inputId}>
          {uiText('qrPayload', locale)}
        </label>
        <textarea
          id={inputId}
          className="fatoora-textarea"
          dir="ltr"
          spellCheck={false}
          value={payload}
          onChange={(event) => setPayload(event.target.value)}
          {...(fault ? { 'aria-invalid': true, 'aria-describedby': faultId } : {})}
        />
        <FaultMessage id={faultId} faults={fault ? [fault] : []} locale={locale} />
      </div>
      {fields ? (
        <dl className="fatoora-qr-fields">
          {(Object.keys(QR_FIELD_LABELS) as QrFieldName[]).map((name) => {
            const value = shown(fields, name, locale);
            if (value === undefined) return null;
            return (
              <div key={name} className="fatoora-qr-field" data-tag={QR_FIELD_LABELS[name].tag}>
                <dt>{`${QR_FIELD_LABELS[name].tag}. ${QR_FIELD_LABELS[name][locale]}`}</dt>
                <dd {...(CODE_FIELDS.has(name) ? { dir: 'ltr' } : {})}>{value}</dd>
              </div>
            );
          })}
        </dl>
      ) : null}
      {verification ? (
        <div
          className="fatoora-verification"
          role="status"
          data-state={verification.status}
          data-issuer={verification.issuerChecked ? 'checked' : 'not-checked'}
        >
          <p className="fatoora-verification-status">
            {verification.status === 'verified'
              ? uiText(verification.issuerChecked ? 'verified' : 'verifiedIssuerNotChecked', locale)
              : verification.status === 'failed'
                ? uiText('verificationFailed', locale)
                : uiText('notVerified', locale)}
          </p>
          {verification.checks.length > 0 ? (
            <ul className="fatoora-checks">
              {verification.checks.map((check) => (
                <li
                  key={check.code}
                  data-state={check.passed ? (check.severity === 'warning' ? 'warning' : 'passed') : 'failed'}
                >
                  <code dir="ltr">{check.code}</code> {check.message[locale]}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
