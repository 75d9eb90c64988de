/**
 * Document-level allowances (BG-20) and charges (BG-21) in the form: amount, reason code (a select
 * over core's bilingual UNTDID 5189 or 7161 table), reason, VAT category and rate each, with add
 * and remove buttons. ZATCA warns on a charge without a reason code (BR-KSA-19); the fault shows
 * at the code's select.
 */
import type { DocumentAdjustment } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import { SelectField } from '../fields/select-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import type { FatooraLocale } from '../i18n/locale.ts';
import { type UiTextKey, uiText } from '../i18n/ui-text.ts';
import type { InvoiceDraftActions } from '../state/draft-actions.ts';
import type { FormSectionProps } from './form-section-props.ts';
import { allowanceReasonOptions, chargeReasonOptions } from './option-lists.ts';
import { VatCategoryFields } from './vat-category-fields.tsx';

/** Props of {@link AllowancesSection} and {@link ChargesSection}. */
export type AdjustmentsSectionProps = FormSectionProps;

/** What differs between the allowances and the charges. */
interface AdjustmentKind {
  readonly list: 'allowances' | 'charges';
  readonly text: { readonly [K in 'legend' | 'one' | 'add' | 'remove']: UiTextKey };
  readonly options: typeof allowanceReasonOptions;
  readonly add: (actions: InvoiceDraftActions) => void;
  readonly remove: (actions: InvoiceDraftActions, index: number) => void;
  readonly update: (actions: InvoiceDraftActions, index: number, patch: Partial<DocumentAdjustment>) => void;
}

const ALLOWANCES: AdjustmentKind = {
  list: 'allowances',
  text: { legend: 'allowances', one: 'allowance', add: 'addAllowance', remove: 'removeAllowance' },
  options: allowanceReasonOptions,
  add: (actions) => actions.addAllowance(),
  remove: (actions, index) => actions.removeAllowance(index),
  update: (actions, index, patch) =>
    actions.updateAllowance(index, patch as Parameters<InvoiceDraftActions['updateAllowance']>[1]),
};

const CHARGES: AdjustmentKind = {
  list: 'charges',
  text: { legend: 'charges', one: 'charge', add: 'addCharge', remove: 'removeCharge' },
  options: chargeReasonOptions,
  add: (actions) => actions.addCharge(),
  remove: (actions, index) => actions.removeCharge(index),
  update: (actions, index, patch) =>
    actions.updateCharge(index, patch as Parameters<InvoiceDraftActions['updateCharge']>[1]),
};

/**
 * Every document allowance and the add button.
 *
 * @example
 * ```tsx
 * <AllowancesSection draft={draft} actions={actions} locale="en" />
 * ```
 */
export function AllowancesSection(props: AdjustmentsSectionProps): ReactNode {
  return <AdjustmentsSection {...props} kind={ALLOWANCES} />;
}

/**
 * Every document charge and the add button.
 *
 * @example
 * ```tsx
 * <ChargesSection draft={draft} actions={actions} locale="ar" />
 * ```
 */
export function ChargesSection(props: AdjustmentsSectionProps): ReactNode {
  return <AdjustmentsSection {...props} kind={CHARGES} />;
}

function AdjustmentsSection({
  draft,
  actions,
  locale,
  kind,
}: AdjustmentsSectionProps & { readonly kind: AdjustmentKind }): ReactNode {
  const adjustments: readonly DocumentAdjustment[] = draft[kind.list] ?? [];
  return (
    <fieldset className="fatoora-fieldset" data-section={kind.list}>
      <legend className="fatoora-legend">{uiText(kind.text.legend, locale)}</legend>
      {adjustments.map((adjustment, index) => (
        <AdjustmentFieldset
          // Adjustments have no id of their own; their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the adjustment's identity in the model
          key={index}
          adjustment={adjustment}
          index={index}
          kind={kind}
          actions={actions}
          locale={locale}
        />
      ))}
      <button type="button" className="fatoora-button" onClick={() => kind.add(actions)}>
        {uiText(kind.text.add, locale)}
      </button>
    </fieldset>
  );
}

interface AdjustmentFieldsetProps {
  readonly adjustment: DocumentAdjustment;
  readonly index: number;
  readonly kind: AdjustmentKind;
  readonly actions: InvoiceDraftActions;
  readonly locale: FatooraLocale;
}

function AdjustmentFieldset({
  adjustment,
  index,
  kind,
  actions,
  locale,
}: AdjustmentFieldsetProps): ReactNode {
  const path = `${kind.list}[${index}]`;
  const number = index + 1;
  const update = (patch: Partial<DocumentAdjustment>) => kind.update(actions, index, patch);
  return (
    <fieldset className="fatoora-fieldset fatoora-line" data-section={kind.text.one}>
      <legend className="fatoora-legend">{`${uiText(kind.text.one, locale)} ${number}`}</legend>
      <TextField
        label={uiText('amount', locale)}
        path={`${path}.amount`}
        value={String(adjustment.amount)}
        onValueChange={(amount) => update({ amount })}
        inputMode="decimal"
        dir="ltr"
      />
      <SelectField
        label={uiText('reasonCode', locale)}
        path={`${path}.reasonCode`}
        value={adjustment.reasonCode ?? ''}
        onValueChange={(code) =>
          // The placeholder ('') clears the code.
          update({ reasonCode: code as DocumentAdjustment['reasonCode'] })
        }
        options={kind.options(locale)}
        placeholder={uiText('chooseReason', locale)}
      />
      <TextField
        label={uiText('reason', locale)}
        path={`${path}.reason`}
        value={adjustment.reason ?? ''}
        onValueChange={(reason) => update({ reason })}
      />
      <VatCategoryFields
        path={path}
        taxCategory={adjustment.taxCategory}
        taxRate={adjustment.taxRate}
        onValueChange={update}
        locale={locale}
      />
      <button
        type="button"
        className="fatoora-button"
        data-variant="remove"
        aria-label={`${uiText(kind.text.remove, locale)} ${number}`}
        onClick={() => kind.remove(actions, index)}
      >
        {uiText(kind.text.remove, locale)}
      </button>
    </fieldset>
  );
}
