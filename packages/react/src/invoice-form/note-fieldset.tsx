/**
 * What a credit or debit note (381, 383) adds in the form: the invoice it refers to (BT-25,
 * BR-KSA-56) and why it was issued (KSA-10, BR-KSA-17).
 */
import type { InvoiceDraft } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import { TextField } from '../fields/text-field.tsx';
import type { FatooraLocale } from '../i18n/locale.ts';
import { uiText } from '../i18n/ui-text.ts';
import type { InvoiceDraftActions } from '../state/draft-actions.ts';

/** Props of {@link NoteFieldset}. */
export interface NoteFieldsetProps {
  readonly draft: InvoiceDraft;
  readonly actions: InvoiceDraftActions;
  readonly locale: FatooraLocale;
}

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
