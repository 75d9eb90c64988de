/**
 * The invoice header in the form: document kind (a prepayment invoice among them), invoice number,
 * issue date and time (left blank, the EGS unit's clock fills them), supply date, currency, the
 * contract ID (BT-12) and the optional transaction flags, B2G beside the contract it asks for
 * (BR-KSA-92).
 */
import type { ReactNode } from 'react';
import { SelectField } from '../fields/select-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import { uiText } from '../i18n/ui-text.ts';
import { type DraftDocumentKind, draftDocumentKindOf } from '../state/draft-document-kinds.ts';
import type { FormSectionProps } from './form-section-props.ts';
import { documentKindOptions } from './option-lists.ts';
import { TransactionFlagsFieldset } from './transaction-flags-fieldset.tsx';

/** Props of {@link HeaderFieldset}. */
export type HeaderFieldsetProps = FormSectionProps;

/**
 * The header fields.
 *
 * @example
 * ```tsx
 * <HeaderFieldset draft={draft} actions={actions} locale="en" />
 * ```
 */
export function HeaderFieldset({ draft, actions, locale }: HeaderFieldsetProps): ReactNode {
  return (
    <fieldset className="fatoora-fieldset" data-section="header">
      <legend className="fatoora-legend">{uiText('invoiceForm', locale)}</legend>
      <SelectField
        label={uiText('documentKind', locale)}
        path="typeCode"
        // '' (no option) when the subtype or type code is not one of ZATCA's.
        value={draftDocumentKindOf(draft.transaction?.subtype, draft.typeCode) ?? ''}
        onValueChange={(kind) => actions.setDocumentKind(kind as DraftDocumentKind)}
        options={documentKindOptions(locale)}
      />
      <TextField
        label={uiText('invoiceNumber', locale)}
        path="id"
        value={draft.id ?? ''}
        onValueChange={(id) => actions.setHeader({ id })}
        dir="ltr"
        required
      />
      <TextField
        label={uiText('issueDate', locale)}
        path="issueDate"
        type="date"
        value={draft.issueDate ?? ''}
        onValueChange={(issueDate) => actions.setHeader({ issueDate })}
      />
      <TextField
        label={uiText('issueTime', locale)}
        path="issueTime"
        type="time"
        value={draft.issueTime ?? ''}
        onValueChange={(issueTime) =>
          actions.setHeader({ issueTime: issueTime.length === 5 ? `${issueTime}:00` : issueTime })
        }
      />
      {draft.transaction?.subtype === 'standard' ? (
        <TextField
          label={uiText('supplyDate', locale)}
          path="supplyDate"
          type="date"
          value={draft.supplyDate ?? ''}
          onValueChange={(supplyDate) => actions.setHeader({ supplyDate })}
        />
      ) : null}
      <TextField
        label={uiText('currency', locale)}
        path="currency"
        value={draft.currency ?? 'SAR'}
        onValueChange={(currency) => actions.setHeader({ currency: currency.toUpperCase() })}
        dir="ltr"
      />
      <TextField
        label={uiText('contractId', locale)}
        path="contractId"
        value={draft.contractId ?? ''}
        onValueChange={(contractId) => actions.setHeader({ contractId })}
        dir="ltr"
        // BR-KSA-92: a B2G document names its contract.
        required={draft.transaction?.b2g === true}
      />
      <TransactionFlagsFieldset draft={draft} actions={actions} locale={locale} />
    </fieldset>
  );
}
