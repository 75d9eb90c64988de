/**
 * The Issue page: a form for one document (standard or simplified; invoice, credit or debit note;
 * buyer; lines) with its totals and ZATCA's rule faults as the user types, then `Egs.issue`: the
 * unit assigns ICV, PIH and UUID, signs and stores the document, and a standard document is cleared
 * at once. A simplified document is handed over signed and waits in the outbox; Report now sends
 * it (it must reach ZATCA within 24 hours).
 */
import type { CsrConfig } from '@fatoora/core/csr';
import type { IssuedInvoice } from '@fatoora/core/egs';
import { INVOICE_TYPE_CODES, type InvoiceSubtype, type InvoiceTypeCode } from '@fatoora/core/model';
import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { ErrorNotice } from '../components/error-notice.tsx';
import { FaultList } from '../components/fault-list.tsx';
import { IssuedInvoiceView } from '../components/issued-invoice-view.tsx';
import { LinesEditor } from '../components/lines-editor.tsx';
import { TextField } from '../components/text-field.tsx';
import { DEMO_UNIT_ID, demoSeller } from '../egs/demo-unit.ts';
import { storedCsrConfig } from '../egs/stored-config.ts';
import { useUnit } from '../egs/unit-context.tsx';
import { useText } from '../i18n/language.tsx';
import { previewForm } from '../invoice/form-preview.ts';
import {
  type BuyerForm,
  defaultInvoiceForm,
  draftFromForm,
  type InvoiceForm,
} from '../invoice/invoice-form.ts';
import type { PageName } from '../routing/pages.ts';

/** Props of {@link IssuePage}. */
export interface IssuePageProps {
  readonly onInspect: (xml: string) => void;
  readonly goTo: (page: PageName) => void;
}

const BUYER_FIELDS: readonly [keyof BuyerForm, Parameters<ReturnType<typeof useText>['t']>[0]][] = [
  ['name', 'buyerName'],
  ['vatNumber', 'buyerVat'],
  ['street', 'street'],
  ['buildingNumber', 'buildingNumber'],
  ['district', 'district'],
  ['city', 'city'],
  ['postalCode', 'postalCode'],
];

/** Today in Riyadh, `YYYY-MM-DD`. */
function saudiToday(): string {
  return new Date(Date.now() + 3 * 60 * 60 * 1000).toISOString().slice(0, 10);
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
  const { t, language } = useText();
  const unit = useUnit();
  const ready = unit.phase === 'ready' ? unit : undefined;
  const nextCounter = (ready?.status.chainHead.counter ?? 0) + 1;
  const [form, setForm] = useState<InvoiceForm>(() =>
    defaultInvoiceForm('standard', `INV-${nextCounter}`, saudiToday()),
  );
  const [csrConfig, setCsrConfig] = useState<CsrConfig | undefined>();
  const [busy, setBusy] = useState<'issuing' | 'reporting' | undefined>();
  const [issued, setIssued] = useState<IssuedInvoice | undefined>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    void ready?.unit.store.loadUnit(DEMO_UNIT_ID).then((record) => setCsrConfig(storedCsrConfig(record)));
  }, [ready?.unit]);

  const seller = useMemo(() => (csrConfig ? demoSeller(csrConfig) : undefined), [csrConfig]);
  const preview = useMemo(() => (seller ? previewForm(form, seller, new Date()) : undefined), [form, seller]);

  if (ready === undefined) return null;
  if (!ready.status.onboarded || seller === undefined) {
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
  const faultOf = (path: string) =>
    preview?.faults.find((fault) => fault.path === path && fault.severity === 'error')?.message;
  const note = form.typeCode !== '388';

  const issue = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('issuing');
    setError(undefined);
    setIssued(undefined);
    try {
      const result = await ready.unit.egs.issue(draftFromForm(form, seller));
      setIssued(result);
      setForm({ ...form, id: `INV-${result.counter + 1}` });
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

  const setSubtype = (subtype: InvoiceSubtype) => setForm({ ...form, subtype });
  return (
    <section aria-labelledby="issue-title">
      <h2 id="issue-title">{t('issueTitle')}</h2>
      <form onSubmit={issue} aria-busy={busy !== undefined} noValidate>
        <fieldset>
          <legend>{t('subtype')}</legend>
          {(['standard', 'simplified'] as const).map((subtype) => (
            <label key={subtype} className="choice">
              <input
                type="radio"
                name="subtype"
                value={subtype}
                checked={form.subtype === subtype}
                onChange={() => setSubtype(subtype)}
              />{' '}
              {subtype === 'standard' ? t('subtypeStandard') : t('subtypeSimplified')}
            </label>
          ))}
        </fieldset>
        <div className="grid">
          <div className="field">
            <label htmlFor="typeCode">{t('typeCode')}</label>
            <select
              id="typeCode"
              value={form.typeCode}
              onChange={(event) => setForm({ ...form, typeCode: event.target.value as InvoiceTypeCode })}
            >
              {(Object.keys(INVOICE_TYPE_CODES) as InvoiceTypeCode[]).map((code) => (
                <option key={code} value={code}>
                  {INVOICE_TYPE_CODES[code][language]} ({code})
                </option>
              ))}
            </select>
          </div>
          <TextField
            id="invoiceId"
            label={t('invoiceId')}
            value={form.id}
            onChange={(id) => setForm({ ...form, id })}
            fault={faultOf('id')}
            dir="ltr"
          />
          <TextField
            id="supplyDate"
            type="date"
            label={t('supplyDate')}
            value={form.supplyDate}
            onChange={(supplyDate) => setForm({ ...form, supplyDate })}
            fault={faultOf('supplyDate')}
          />
        </div>
        {form.subtype === 'standard' && (
          <fieldset>
            <legend>{t('buyerFieldset')}</legend>
            <div className="grid">
              {BUYER_FIELDS.map(([field, label]) => (
                <TextField
                  key={field}
                  id={`buyer-${field}`}
                  label={t(label)}
                  value={form.buyer[field]}
                  onChange={(value) => setForm({ ...form, buyer: { ...form.buyer, [field]: value } })}
                  fault={faultOf(buyerPath(field))}
                />
              ))}
            </div>
          </fieldset>
        )}
        {note && (
          <fieldset>
            <legend>{t('noteFieldset')}</legend>
            <div className="grid">
              <TextField
                id="billingReference"
                label={t('billingReference')}
                value={form.billingReference}
                onChange={(billingReference) => setForm({ ...form, billingReference })}
                fault={faultOf('billingReference')}
                dir="ltr"
              />
              <TextField
                id="noteReason"
                label={t('noteReason')}
                value={form.noteReason}
                onChange={(noteReason) => setForm({ ...form, noteReason })}
                fault={faultOf('noteReason')}
              />
            </div>
          </fieldset>
        )}
        <LinesEditor
          lines={form.lines}
          onChange={(lines) => setForm({ ...form, lines })}
          totals={preview?.totals}
          faultOf={faultOf}
        />
        {preview && preview.faults.length > 0 && (
          <section aria-labelledby="faults-title" className="notice">
            <h3 id="faults-title">{t('faultsTitle')}</h3>
            <FaultList faults={preview.faults} />
          </section>
        )}
        <button type="submit" className="primary" disabled={busy !== undefined}>
          {busy === 'issuing' ? t('issuing') : t('issue')}
        </button>
      </form>
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

/** The model path of a buyer field. */
function buyerPath(field: keyof BuyerForm): string {
  if (field === 'name' || field === 'vatNumber') return `buyer.${field}`;
  return `buyer.address.${field === 'district' ? 'citySubdivision' : field}`;
}
