/**
 * The state of an invoice being drafted, controlled by a parent (`value` + `onValueChange`) or
 * owned by the hook (`defaultValue`), with one typed updater per kind of edit: the updaters of
 * `state/draft-actions.ts` bound to the hook's state. The draft is core's `InvoiceDraft`: what
 * `Egs.issue` takes.
 */
import type { InvoiceDraft } from '@fatoora/core/model';
import { useMemo } from 'react';
import { draftActions, type InvoiceDraftActions } from '../state/draft-actions.ts';
import { emptyInvoiceDraft } from '../state/empty-draft.ts';
import { useControllableState } from './use-controllable-state.ts';

/** Options of {@link useInvoiceDraft}. */
export interface UseInvoiceDraftOptions {
  /** The controlled draft. */
  readonly value?: InvoiceDraft | undefined;
  /** The first draft when uncontrolled. Default: {@link emptyInvoiceDraft}. */
  readonly defaultValue?: InvoiceDraft | undefined;
  /** Called with every new draft. */
  readonly onValueChange?: ((draft: InvoiceDraft) => void) | undefined;
}

/** A draft and its updaters (each stable across renders). */
export interface InvoiceDraftState extends InvoiceDraftActions {
  /** The current draft: the controlled `value`, or the hook's own state when uncontrolled. */
  readonly draft: InvoiceDraft;
}

/**
 * Drafts an invoice.
 *
 * @example
 * ```tsx
 * const { draft, setSeller, addLine, updateLine } = useInvoiceDraft();
 * <input value={draft.seller.name} onChange={(e) => setSeller({ name: e.target.value })} />
 * ```
 */
export function useInvoiceDraft(options: UseInvoiceDraftOptions = {}): InvoiceDraftState {
  const [draft, setDraft] = useControllableState<InvoiceDraft>({
    value: options.value,
    defaultValue: options.defaultValue ?? emptyInvoiceDraft,
    onValueChange: options.onValueChange,
  });
  const actions = useMemo(() => draftActions(setDraft), [setDraft]);
  return { draft, ...actions };
}
