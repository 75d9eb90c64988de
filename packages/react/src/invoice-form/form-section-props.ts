/**
 * What every part of the invoice form receives: the draft it shows, the actions that change it and
 * the locale of its labels. One interface, so that the sections' props say only what is their own.
 */
import type { InvoiceDraft } from '@fatoora/core/model';
import type { FatooraLocale } from '../i18n/locale.ts';
import type { InvoiceDraftActions } from '../state/draft-actions.ts';

/**
 * Props shared by the form's sections and fieldsets.
 *
 * @example
 * ```tsx
 * <HeaderFieldset draft={draft} actions={actions} locale="ar" />
 * ```
 */
export interface FormSectionProps {
  /** The draft the section shows. */
  readonly draft: InvoiceDraft;
  /** The actions that change the draft. */
  readonly actions: InvoiceDraftActions;
  /** The locale of labels and numbers. */
  readonly locale: FatooraLocale;
}
