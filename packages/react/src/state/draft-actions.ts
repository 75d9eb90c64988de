/**
 * The typed updaters of an invoice draft, bound to any setter that takes a {@link StateUpdate}:
 * one per kind of edit, each applying its pure function from `draft-updates.ts` to the latest
 * draft. `useInvoiceDraft` binds them to React state; a store (Redux, Zustand, a test) binds them
 * to its own.
 */
import type {
  Address,
  AllowanceReasonCode,
  Buyer,
  ChargeReasonCode,
  ComplianceDocumentKind,
  DocumentAdjustment,
  InvoiceDraft,
  InvoiceLine,
  Seller,
  TaxCategoryCode,
} from '@fatoora/core/model';
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
import type { StateUpdate } from './state-update.ts';

/** The updaters of a draft. */
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

/**
 * The updaters of the draft that `setDraft` holds.
 *
 * @example
 * ```ts
 * let draft = emptyInvoiceDraft();
 * const actions = draftActions((update) => { draft = applyStateUpdate(update, draft); });
 * actions.addLine({ name: 'Pen' });
 * draft.lines.length; // 2
 * ```
 */
export function draftActions(setDraft: (update: StateUpdate<InvoiceDraft>) => void): InvoiceDraftActions {
  return {
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
  };
}
