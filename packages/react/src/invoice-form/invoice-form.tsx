/**
 * The invoice form: seller, buyer, document kind (standard or simplified × 388, 386, 381, 383),
 * contract ID and the optional transaction flags (continuous supply, B2G), lines with their VAT
 * category, allowances and charges, the exemption reason of each Z, E or O category, document
 * allowances and charges with their reason codes, the note's billing reference and reason — with
 * live totals from the tax engine and live faults from the validator, each shown at its field by
 * model path. Controlled (`value` + `onValueChange`) or not (`defaultValue`); `data-state` is
 * `valid` or `invalid`. It never submits anywhere: `onSubmit` hands the draft and its validation
 * to the caller.
 */
import type { InvoiceDraft } from '@fatoora/core/model';
import type { FormEvent, ReactNode, Ref } from 'react';
import { useLocale } from '../context/fatoora-provider.tsx';
import { FaultScope } from '../fields/fault-scope.tsx';
import { FaultSummary } from '../fields/fault-summary.tsx';
import { useInvoiceDraft } from '../hooks/use-invoice-draft.ts';
import { useInvoiceTotals } from '../hooks/use-invoice-totals.ts';
import { type UseInvoiceValidationOptions, useInvoiceValidation } from '../hooks/use-invoice-validation.ts';
import type { FatooraLocale } from '../i18n/locale.ts';
import { uiText } from '../i18n/ui-text.ts';
import type { InvoiceValidationState } from '../state/invoice-validation.ts';
import { AllowancesSection, ChargesSection } from './adjustments-section.tsx';
import { ExemptionsSection } from './exemptions-section.tsx';
import { HeaderFieldset } from './header-fieldset.tsx';
import { LinesSection } from './lines-section.tsx';
import { NoteFieldset } from './note-fieldset.tsx';
import { PartyFieldset } from './party-fieldset.tsx';
import { TotalsSummary } from './totals-summary.tsx';

/** Props of {@link InvoiceForm}. */
export interface InvoiceFormProps {
  /** The controlled draft. */
  readonly value?: InvoiceDraft;
  /** The first draft when uncontrolled (default: a blank simplified invoice). */
  readonly defaultValue?: InvoiceDraft;
  /** Called with every edit. */
  readonly onValueChange?: (draft: InvoiceDraft) => void;
  /** Called on submit (Enter, or a submit button among `children`) with the draft and its faults. */
  readonly onSubmit?: (draft: InvoiceDraft, validation: InvoiceValidationState) => void;
  /** The reader's language; default: the provider's. */
  readonly locale?: FatooraLocale;
  /** The validator's clock and rule set. */
  readonly validation?: UseInvoiceValidationOptions;
  /** The form's accessible name. Default: "Invoice" in the reader's language. */
  readonly 'aria-label'?: string;
  /** Replaces the default class `fatoora-invoice-form`, which the opt-in stylesheet styles. */
  readonly className?: string;
  /** Receives the root `<form>` element. */
  readonly ref?: Ref<HTMLFormElement>;
  /** Rendered at the end of the form (e.g. a submit button). */
  readonly children?: ReactNode;
}

/**
 * An invoice form.
 *
 * @example
 * ```tsx
 * <InvoiceForm locale="ar" defaultValue={draft} onSubmit={(draft, { valid }) => valid && submission.submit(draft)}>
 *   <button type="submit">إصدار</button>
 * </InvoiceForm>
 * ```
 */
export function InvoiceForm(props: InvoiceFormProps): ReactNode {
  const locale = useLocale(props.locale);
  const { draft, ...actions } = useInvoiceDraft({
    value: props.value,
    defaultValue: props.defaultValue,
    onValueChange: props.onValueChange,
  });
  const { totals } = useInvoiceTotals(draft, props.validation);
  const validation = useInvoiceValidation(draft, props.validation);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onSubmit?.(draft, validation);
  };
  const note = draft.typeCode === '381' || draft.typeCode === '383';
  return (
    <form
      ref={props.ref}
      className={props.className ?? 'fatoora-invoice-form'}
      aria-label={props['aria-label'] ?? uiText('invoiceForm', locale)}
      data-state={validation.valid ? 'valid' : 'invalid'}
      noValidate
      onSubmit={onSubmit}
    >
      <FaultScope locale={locale} byPath={validation.byPath}>
        <HeaderFieldset draft={draft} actions={actions} locale={locale} />
        <PartyFieldset party="seller" draft={draft} actions={actions} locale={locale} />
        <PartyFieldset party="buyer" draft={draft} actions={actions} locale={locale} />
        {note ? <NoteFieldset draft={draft} actions={actions} locale={locale} /> : null}
        <LinesSection draft={draft} actions={actions} locale={locale} />
        <ExemptionsSection draft={draft} actions={actions} locale={locale} />
        <AllowancesSection draft={draft} actions={actions} locale={locale} />
        <ChargesSection draft={draft} actions={actions} locale={locale} />
        <TotalsSummary totals={totals} currency={draft.currency ?? 'SAR'} locale={locale} />
        <FaultSummary />
        {props.children}
      </FaultScope>
    </form>
  );
}
