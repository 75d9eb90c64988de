/**
 * Document-level allowances (BG-20) in the form: amount, reason, VAT category and rate each, with
 * add and remove buttons.
 */
import type { InvoiceDraft } from '@fatoora/core/egs';
import type { DocumentAdjustment } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import { TextField } from '../fields/text-field.tsx';
import type { InvoiceDraftActions } from '../hooks/use-invoice-draft.ts';
import type { FatooraLocale } from '../i18n/locale.ts';
import { uiText } from '../i18n/ui-text.ts';
import { VatCategoryFields } from './vat-category-fields.tsx';

/** Props of {@link AllowancesSection}. */
export interface AllowancesSectionProps {
  readonly draft: InvoiceDraft;
  readonly actions: InvoiceDraftActions;
  readonly locale: FatooraLocale;
}

/**
 * Every document allowance and the add button.
 *
 * @example
 * ```tsx
 * <AllowancesSection draft={draft} actions={actions} locale="en" />
 * ```
 */
export function AllowancesSection({ draft, actions, locale }: AllowancesSectionProps): ReactNode {
  const allowances = draft.allowances ?? [];
  return (
    <fieldset className="fatoora-fieldset" data-section="allowances">
      <legend className="fatoora-legend">{uiText('allowances', locale)}</legend>
      {allowances.map((allowance, index) => (
        <AllowanceFieldset
          // Allowances have no id of their own; their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the allowance's identity in the model
          key={index}
          allowance={allowance}
          index={index}
          actions={actions}
          locale={locale}
        />
      ))}
      <button type="button" className="fatoora-button" onClick={() => actions.addAllowance()}>
        {uiText('addAllowance', locale)}
      </button>
    </fieldset>
  );
}

interface AllowanceFieldsetProps {
  readonly allowance: DocumentAdjustment;
  readonly index: number;
  readonly actions: InvoiceDraftActions;
  readonly locale: FatooraLocale;
}

function AllowanceFieldset({ allowance, index, actions, locale }: AllowanceFieldsetProps): ReactNode {
  const path = `allowances[${index}]`;
  const number = index + 1;
  const update = (patch: Partial<DocumentAdjustment>) => actions.updateAllowance(index, patch);
  return (
    <fieldset className="fatoora-fieldset fatoora-line" data-section="allowance">
      <legend className="fatoora-legend">{`${uiText('allowance', locale)} ${number}`}</legend>
      <TextField
        label={uiText('amount', locale)}
        path={`${path}.amount`}
        value={String(allowance.amount)}
        onValueChange={(amount) => update({ amount })}
        inputMode="decimal"
        dir="ltr"
      />
      <TextField
        label={uiText('reason', locale)}
        path={`${path}.reason`}
        value={allowance.reason ?? ''}
        onValueChange={(reason) => update({ reason })}
      />
      <VatCategoryFields
        path={path}
        taxCategory={allowance.taxCategory}
        taxRate={allowance.taxRate}
        onValueChange={update}
        locale={locale}
      />
      <button
        type="button"
        className="fatoora-button"
        data-variant="remove"
        aria-label={`${uiText('removeAllowance', locale)} ${number}`}
        onClick={() => actions.removeAllowance(index)}
      >
        {uiText('removeAllowance', locale)}
      </button>
    </fieldset>
  );
}
