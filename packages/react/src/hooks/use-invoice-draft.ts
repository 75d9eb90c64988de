/**
 * The state of an invoice being drafted, controlled by a parent (`value` + `onValueChange`) or
 * owned by the hook (`defaultValue`), with one typed updater per kind of edit (see
 * `draft-updates.ts`). The draft is core's `InvoiceDraft`: what `Egs.issue` takes.
 */
import type { ComplianceDocumentKind, InvoiceDraft } from '@fatoora/core/egs';
import type {
  Address,
  AllowanceReasonCode,
  Buyer,
  ChargeReasonCode,
  DocumentAdjustment,
  InvoiceLine,
  Seller,
  TaxCategoryCode,
} from '@fatoora/core/model';
import { useMemo } from 'react';
import {
  type DraftHeader,
  type ExemptionPatch,
  withAllowanceAdded,
  withAllowanceRemoved,
  withAllowanceUpdated,
  withBillingReference,
  withBuyer,
  withBuyerAddress,
  withChargeAdded,
  withChargeRemoved,
  withChargeUpdated,
  withDocumentKind,
  withExemption,
  withHeader,
  withLineAdded,
  withLineRemoved,
  withLineUpdated,
  withNoteReason,
  withSeller,
  withSellerAddress,
} from './draft-updates.ts';
import { emptyInvoiceDraft } from './empty-draft.ts';
import { type StateUpdate, useControllableState } from './use-controllable-state.ts';

/** Options of {@link useInvoiceDraft}. */
export interface UseInvoiceDraftOptions {
  /** The controlled draft. */
  readonly value?: InvoiceDraft | undefined;
  /** The first draft when uncontrolled. Default: {@link emptyInvoiceDraft}. */
  readonly defaultValue?: InvoiceDraft | undefined;
  /** Called with every new draft. */
  readonly onValueChange?: ((draft: InvoiceDraft) => void) | undefined;
}

/** The updaters of a draft; each is stable across renders. */
export interface InvoiceDraftActions {
  /** Replaces the draft, or maps it. */
  readonly setDraft: (update: StateUpdate<InvoiceDraft>) => void;
  readonly setHeader: (patch: DraftHeader) => void;
  readonly setDocumentKind: (kind: ComplianceDocumentKind) => void;
  readonly setSeller: (patch: Partial<Seller>) => void;
  readonly setSellerAddress: (patch: Partial<Address>) => void;
  readonly setBuyer: (patch: Partial<Buyer>) => void;
  readonly setBuyerAddress: (patch: Partial<Address>) => void;
  readonly addLine: (line?: Partial<InvoiceLine>) => void;
  readonly removeLine: (index: number) => void;
  readonly updateLine: (index: number, patch: Partial<InvoiceLine>) => void;
  readonly addAllowance: (allowance?: Partial<DocumentAdjustment<AllowanceReasonCode>>) => void;
  readonly removeAllowance: (index: number) => void;
  readonly updateAllowance: (index: number, patch: Partial<DocumentAdjustment<AllowanceReasonCode>>) => void;
  readonly addCharge: (charge?: Partial<DocumentAdjustment<ChargeReasonCode>>) => void;
  readonly removeCharge: (index: number) => void;
  readonly updateCharge: (index: number, patch: Partial<DocumentAdjustment<ChargeReasonCode>>) => void;
  readonly setBillingReference: (billingReference: string) => void;
  readonly setNoteReason: (noteReason: string) => void;
  readonly setExemption: (category: TaxCategoryCode, patch: ExemptionPatch) => void;
}

/** A draft and its updaters. */
export interface InvoiceDraftState extends InvoiceDraftActions {
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
  const actions = useMemo<InvoiceDraftActions>(
    () => ({
      setDraft,
      setHeader: (patch) => setDraft((d) => withHeader(d, patch)),
      setDocumentKind: (kind) => setDraft((d) => withDocumentKind(d, kind)),
      setSeller: (patch) => setDraft((d) => withSeller(d, patch)),
      setSellerAddress: (patch) => setDraft((d) => withSellerAddress(d, patch)),
      setBuyer: (patch) => setDraft((d) => withBuyer(d, patch)),
      setBuyerAddress: (patch) => setDraft((d) => withBuyerAddress(d, patch)),
      addLine: (line) => setDraft((d) => withLineAdded(d, line)),
      removeLine: (index) => setDraft((d) => withLineRemoved(d, index)),
      updateLine: (index, patch) => setDraft((d) => withLineUpdated(d, index, patch)),
      addAllowance: (allowance) => setDraft((d) => withAllowanceAdded(d, allowance)),
      removeAllowance: (index) => setDraft((d) => withAllowanceRemoved(d, index)),
      updateAllowance: (index, patch) => setDraft((d) => withAllowanceUpdated(d, index, patch)),
      addCharge: (charge) => setDraft((d) => withChargeAdded(d, charge)),
      removeCharge: (index) => setDraft((d) => withChargeRemoved(d, index)),
      updateCharge: (index, patch) => setDraft((d) => withChargeUpdated(d, index, patch)),
      setBillingReference: (value) => setDraft((d) => withBillingReference(d, value)),
      setNoteReason: (value) => setDraft((d) => withNoteReason(d, value)),
      setExemption: (category, patch) => setDraft((d) => withExemption(d, category, patch)),
    }),
    [setDraft],
  );
  return { draft, ...actions };
}
