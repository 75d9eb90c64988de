import { type ExemptionReasonCode, TAX_CATEGORIES, type TaxCategoryCode } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import { SelectField } from '../fields/select-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import { uiText } from '../i18n/ui-text.ts';
import { exemptCategories } from '../state/draft-updates.ts';
import type { FormSectionProps } from './form-section-props.ts';
import { exemptionReasonOptions } from './option-lists.ts';

/** Props of {@link ExemptionsSection}. */
export type ExemptionsSectionProps = FormSectionProps;

/**
 * The exemption pickers; nothing while every line is at the standard rate.
 *
 * @example
 * ```tsx
 * <ExemptionsSection draft={draft} actions={actions} locale="ar" />
 * ```
 */
export function ExemptionsSection({ draft, actions, locale }: ExemptionsSectionProps): ReactNode {
  const categories = exemptCategories(draft);
  if (categories.length === 0) return null;
  return (
    <fieldset className="fatoora-fieldset" data-section="exemptions">
      <legend className="fatoora-legend">{uiText('exemptions', locale)}</legend>
      {categories.map((category) => (
        <ExemptionFields key={category} category={category} draft={draft} actions={actions} locale={locale} />
      ))}
    </fieldset>
  );
}

interface ExemptionFieldsProps extends ExemptionsSectionProps {
  readonly category: TaxCategoryCode;
}

function ExemptionFields({ category, draft, actions, locale }: ExemptionFieldsProps): ReactNode {
  const exemptions = draft.exemptions ?? [];
  const index = exemptions.findIndex((exemption) => exemption.taxCategory === category);
  const exemption = exemptions[index];
  // Without an entry, the validator reports the category's missing reason at `exemptions`.
  const path = index < 0 ? 'exemptions' : `exemptions[${index}]`;
  const name = `${category} — ${TAX_CATEGORIES[category][locale]}`;
  return (
    <div className="fatoora-group" data-category={category}>
      <SelectField
        label={`${uiText('exemptionReason', locale)} (${name})`}
        path={index < 0 ? path : `${path}.reasonCode`}
        value={exemption?.reasonCode ?? ''}
        onValueChange={(code) =>
          actions.setExemption(category, {
            reasonCode: code === '' ? undefined : (code as ExemptionReasonCode),
          })
        }
        options={exemptionReasonOptions(category, locale)}
        placeholder={uiText('chooseReason', locale)}
      />
      <TextField
        label={`${uiText('exemptionText', locale)} (${category})`}
        path={`${path}.reason`}
        value={exemption?.reason ?? ''}
        onValueChange={(reason) => actions.setExemption(category, { reason })}
      />
    </div>
  );
}
