/**
 * The invoice header in the form: document kind, invoice number, issue date and time (left blank,
 * the EGS unit's clock fills them), supply date and currency.
 */
import { type ComplianceDocumentKind, documentKindOf, type InvoiceDraft } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import { SelectField } from '../fields/select-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import { uiText } from '../i18n/ui-text.ts';
import type { FormSectionProps } from './form-section-props.ts';
import { documentKindOptions } from './option-lists.ts';

/** Props of {@link HeaderFieldset}. */
export type HeaderFieldsetProps = FormSectionProps;

/** The document kind of a draft, or `''` when its subtype or type code is not one of ZATCA's. */
function kindOf(draft: InvoiceDraft): string {
  try {
    return documentKindOf(draft.transaction?.subtype, draft.typeCode);
  } catch {
    return '';
  }
}

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
        value={kindOf(draft)}
        onValueChange={(kind) => actions.setDocumentKind(kind as ComplianceDocumentKind)}
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
    </fieldset>
  );
}
