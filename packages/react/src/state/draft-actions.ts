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
  DocumentAdjustment,
  InvoiceDraft,
  InvoiceLine,
  LineAdjustment,
  OptionalTransactionFlag,
  Seller,
  TaxCategoryCode,
} from '@fatoora/core/model';
import type { DraftDocumentKind } from './draft-document-kinds.ts';
import {
  type DraftHeader,
  type ExemptionPatch,
  type LineAdjustmentList,
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
  withLineAdjustmentAdded,
  withLineAdjustmentRemoved,
  withLineAdjustmentUpdated,
  withLineRemoved,
  withLineUpdated,
  withNoteReason,
  withSeller,
  withSellerAddress,
} from './draft-updates.ts';
import type { StateUpdate } from './state-update.ts';
import { withTransactionFlag } from './transaction-flags.ts';

/** The updaters of a draft. */
export interface InvoiceDraftActions {
  /** Replaces the draft, or maps it. */
  readonly setDraft: (update: StateUpdate<InvoiceDraft>) => void;
  /**
   * Changes header fields (number, dates, currency, contract ID); blank ones are removed, except
   * the number.
   */
  readonly setHeader: (patch: DraftHeader) => void;
  /**
   * Switches to another of the six document kinds or a prepayment invoice (386); an invoice drops
   * the note's reference and reason.
   */
  readonly setDocumentKind: (kind: DraftDocumentKind) => void;
  /**
   * Sets or clears an optional KSA-2 flag (continuous supply, B2G); unset ones are left out, so the
   * code is no longer than they need (R4.0.0 accepts seven characters only: BR-KSA-06).
   */
  readonly setTransactionFlag: (flag: OptionalTransactionFlag, set: boolean) => void;
  /** Changes seller fields. */
  readonly setSeller: (patch: Partial<Seller>) => void;
  /** Changes fields of the seller's address. */
  readonly setSellerAddress: (patch: Partial<Address>) => void;
  /** Changes buyer fields; a buyer left with nothing is removed. */
  readonly setBuyer: (patch: Partial<Buyer>) => void;
  /** Changes fields of the buyer's address. */
  readonly setBuyerAddress: (patch: Partial<Address>) => void;
  /** Adds a line at the end: a blank standard-rate line, with the given fields over it. */
  readonly addLine: (line?: Partial<InvoiceLine>) => void;
  /** Removes the line at `index`, and the exemptions no category needs any more. */
  readonly removeLine: (index: number) => void;
  /** Changes fields of the line at `index`; a category change also sets the rate it allows. */
  readonly updateLine: (index: number, patch: Partial<InvoiceLine>) => void;
  /** Adds an allowance or a charge to the line at `lineIndex`; give a charge a reason code (BR-KSA-20). */
  readonly addLineAdjustment: (
    lineIndex: number,
    list: LineAdjustmentList,
    adjustment?: Partial<LineAdjustment>,
  ) => void;
  /** Removes the allowance or charge at `index` of the line at `lineIndex`. */
  readonly removeLineAdjustment: (lineIndex: number, list: LineAdjustmentList, index: number) => void;
  /** Changes fields of the allowance or charge at `index` of the line at `lineIndex`. */
  readonly updateLineAdjustment: (
    lineIndex: number,
    list: LineAdjustmentList,
    index: number,
    patch: Partial<LineAdjustment>,
  ) => void;
  /** Adds a document-level allowance (standard rate unless given). */
  readonly addAllowance: (allowance?: Partial<DocumentAdjustment<AllowanceReasonCode>>) => void;
  /** Removes the document-level allowance at `index`. */
  readonly removeAllowance: (index: number) => void;
  /** Changes fields of the allowance at `index`; a category change also sets its rate. */
  readonly updateAllowance: (index: number, patch: Partial<DocumentAdjustment<AllowanceReasonCode>>) => void;
  /** Adds a document-level charge (standard rate unless given); give it a reason code (BR-KSA-19). */
  readonly addCharge: (charge?: Partial<DocumentAdjustment<ChargeReasonCode>>) => void;
  /** Removes the document-level charge at `index`. */
  readonly removeCharge: (index: number) => void;
  /** Changes fields of the charge at `index`; a category change also sets its rate. */
  readonly updateCharge: (index: number, patch: Partial<DocumentAdjustment<ChargeReasonCode>>) => void;
  /** Sets the note's billing reference (BT-25), the invoice it corrects; blank removes it. */
  readonly setBillingReference: (billingReference: string) => void;
  /** Sets the note's reason (KSA-10); blank removes it. */
  readonly setNoteReason: (noteReason: string) => void;
  /** Sets the exemption reason of a Z, E or O category; a code also writes its standard text. */
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
    setTransactionFlag: (flag, set) => setDraft((d) => withTransactionFlag(d, flag, set)),
    setSeller: (patch) => setDraft((d) => withSeller(d, patch)),
    setSellerAddress: (patch) => setDraft((d) => withSellerAddress(d, patch)),
    setBuyer: (patch) => setDraft((d) => withBuyer(d, patch)),
    setBuyerAddress: (patch) => setDraft((d) => withBuyerAddress(d, patch)),
    addLine: (line) => setDraft((d) => withLineAdded(d, line)),
    removeLine: (index) => setDraft((d) => withLineRemoved(d, index)),
    updateLine: (index, patch) => setDraft((d) => withLineUpdated(d, index, patch)),
    addLineAdjustment: (lineIndex, list, adjustment) =>
      setDraft((d) => withLineAdjustmentAdded(d, lineIndex, list, adjustment)),
    removeLineAdjustment: (lineIndex, list, index) =>
      setDraft((d) => withLineAdjustmentRemoved(d, lineIndex, list, index)),
    updateLineAdjustment: (lineIndex, list, index, patch) =>
      setDraft((d) => withLineAdjustmentUpdated(d, lineIndex, list, index, patch)),
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
