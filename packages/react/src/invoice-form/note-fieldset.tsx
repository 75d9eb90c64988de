import type { ReactNode } from 'react';
import { TextField } from '../fields/text-field.tsx';
import { uiText } from '../i18n/ui-text.ts';
import type { FormSectionProps } from './form-section-props.ts';

/** Props of {@link NoteFieldset}. */
export type NoteFieldsetProps = FormSectionProps;

/**
 * The note's billing reference and reason.
 *
 * @example
 * ```tsx
 * {draft.typeCode !== '388' ? <NoteFieldset draft={draft} actions={actions} locale="en" /> : null}
 * ```
 */
export function NoteFieldset({ draft, actions, locale }: NoteFieldsetProps): ReactNode {
  return (
    <fieldset className="fatoora-fieldset" data-section="note">
      <legend className="fatoora-legend">{uiText('note', locale)}</legend>
      <TextField
        label={uiText('billingReference', locale)}
        path="billingReference"
        value={draft.billingReference ?? ''}
        onValueChange={actions.setBillingReference}
        dir="ltr"
        required
      />
      <TextField
        label={uiText('noteReason', locale)}
        path="noteReason"
        value={draft.noteReason ?? ''}
        onValueChange={actions.setNoteReason}
        required
      />
    </fieldset>
  );
}
