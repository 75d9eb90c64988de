/**
 * The edits an invoice form makes to a draft, as pure functions (the draft is never mutated): the
 * header (the contract ID among it), the document kind, each party and its address, lines and
 * their allowances and charges, document allowances and charges, the note's billing reference and
 * reason, and the exemption reason of each Z, E or O category (the optional KSA-2 flags are
 * `transaction-flags.ts`'s). Optional text left blank is removed rather than kept empty, so that
 * the validator reports a missing value by its own rule.
 */
import type { InvoiceDraft } from '@fatoora/core/model';
import {
  type Address,
  type AllowanceReasonCode,
  type Buyer,
  type ChargeReasonCode,
  type DocumentAdjustment,
  EXEMPTION_REASONS,
  type ExemptionReasonCode,
  INVOICE_TYPE_CODES,
  type InvoiceLine,
  type LineAdjustment,
  type Seller,
  type TaxCategoryCode,
  type TaxExemption,
} from '@fatoora/core/model';
import { DRAFT_DOCUMENT_KINDS, type DraftDocumentKind } from './draft-document-kinds.ts';
import { emptyLine } from './empty-draft.ts';

/** Header fields an edit may change, the contract ID (BT-12) among them. */
export type DraftHeader = Partial<
  Pick<
    InvoiceDraft,
    'id' | 'issueDate' | 'issueTime' | 'currency' | 'supplyDate' | 'supplyEndDate' | 'contractId'
  >
>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `record` without its blank text fields (and without `keep` ones only when given). */
function withoutBlanks<T extends object>(record: T, keep: readonly string[] = []): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '' && !keep.includes(key)) continue;
    result[key] = value;
  }
  return result as T;
}

/**
 * The draft with header fields changed (blank ones removed).
 *
 * @example
 * ```ts
 * withHeader(draft, { id: 'INV-7', issueDate: '2024-03-05' });
 * ```
 */
export function withHeader(draft: InvoiceDraft, patch: DraftHeader): InvoiceDraft {
  return withoutBlanks({ ...draft, ...patch }, ['id']);
}

/**
 * The draft as another kind: one of the six document kinds or a prepayment invoice (386) of either
 * subtype. An invoice (388 or 386) drops the note's billing reference and reason; the KSA-2 flags
 * stay as they were.
 *
 * @example
 * ```ts
 * withDocumentKind(draft, 'standard-credit-note'); // subtype standard, type code 381
 * withDocumentKind(draft, 'simplified-prepayment-invoice'); // subtype simplified, type code 386
 * ```
 */
export function withDocumentKind(draft: InvoiceDraft, kind: DraftDocumentKind): InvoiceDraft {
  const { subtype, typeCode } = DRAFT_DOCUMENT_KINDS[kind];
  const next: Mutable<InvoiceDraft> = { ...draft, typeCode, transaction: { ...draft.transaction, subtype } };
  if (INVOICE_TYPE_CODES[typeCode].kind === 'invoice') {
    delete next.billingReference;
    delete next.noteReason;
  }
  return next;
}

/**
 * The draft with seller fields changed.
 *
 * @example
 * ```ts
 * withSeller(draft, { vatNumber: '399999999900003' });
 * ```
 */
export function withSeller(draft: InvoiceDraft, patch: Partial<Seller>): InvoiceDraft {
  const seller = Object.fromEntries(
    Object.entries({ ...draft.seller, ...patch }).filter(([, value]) => value !== undefined),
  ) as unknown as Seller;
  return { ...draft, seller };
}

/**
 * The draft with seller address fields changed.
 *
 * @example
 * ```ts
 * withSellerAddress(draft, { city: 'Riyadh' });
 * ```
 */
export function withSellerAddress(draft: InvoiceDraft, patch: Partial<Address>): InvoiceDraft {
  return withSeller(draft, { address: { ...draft.seller.address, ...patch } });
}

/** A buyer without blank fields; `undefined` when nothing is left. */
function tidyBuyer(buyer: Buyer): Buyer | undefined {
  const address = buyer.address ? withoutBlanks(buyer.address) : undefined;
  const hasAddress = address !== undefined && Object.keys(address).some((key) => key !== 'country');
  const tidy = withoutBlanks({ ...buyer, address: hasAddress ? address : undefined });
  return Object.keys(tidy).length === 0 ? undefined : tidy;
}

/**
 * The draft with buyer fields changed; a buyer left with nothing is removed.
 *
 * @example
 * ```ts
 * withBuyer(draft, { name: 'Fatoora Samples LTD', vatNumber: '399999999800003' });
 * ```
 */
export function withBuyer(draft: InvoiceDraft, patch: Partial<Buyer>): InvoiceDraft {
  const buyer = tidyBuyer({ ...draft.buyer, ...patch });
  const next: Mutable<InvoiceDraft> = { ...draft };
  if (buyer === undefined) delete next.buyer;
  else next.buyer = buyer;
  return next;
}

/**
 * The draft with buyer address fields changed.
 *
 * @example
 * ```ts
 * withBuyerAddress(draft, { street: 'King Fahd Road', country: 'SA' });
 * ```
 */
export function withBuyerAddress(draft: InvoiceDraft, patch: Partial<Address>): InvoiceDraft {
  const address = { street: '', city: '', country: '', ...draft.buyer?.address, ...patch };
  return withBuyer(draft, { address });
}

/** The next free numeric line id. */
function nextLineId(lines: readonly InvoiceLine[]): string {
  const numbers = lines.map((line) => Number.parseInt(line.id, 10)).filter(Number.isFinite);
  return String(Math.max(0, ...numbers) + 1);
}

/**
 * The draft with a line added at the end (a blank standard-rate line by default).
 *
 * @example
 * ```ts
 * withLineAdded(draft, { name: 'Pen', quantity: '2', price: '5.00' }).lines.length; // one more
 * ```
 */
export function withLineAdded(draft: InvoiceDraft, line: Partial<InvoiceLine> = {}): InvoiceDraft {
  const lines = draft.lines ?? [];
  return { ...draft, lines: [...lines, { ...emptyLine(nextLineId(lines)), ...line }] };
}

/**
 * The draft without the line at `index`.
 *
 * @example
 * ```ts
 * withLineRemoved(draft, 0);
 * ```
 */
export function withLineRemoved(draft: InvoiceDraft, index: number): InvoiceDraft {
  return tidyExemptions({ ...draft, lines: (draft.lines ?? []).filter((_, at) => at !== index) });
}

/**
 * The draft with fields of the line at `index` changed. A category change sets the rate the
 * category allows (15 for S, 0 for Z, E and O).
 *
 * @example
 * ```ts
 * withLineUpdated(draft, 0, { taxCategory: 'Z' }); // taxRate '0'
 * ```
 */
export function withLineUpdated(
  draft: InvoiceDraft,
  index: number,
  patch: Partial<InvoiceLine>,
): InvoiceDraft {
  const lines = (draft.lines ?? []).map((line, at) => {
    if (at !== index) return line;
    const next = { ...line, ...patch };
    if (
      patch.taxCategory !== undefined &&
      patch.taxCategory !== line.taxCategory &&
      patch.taxRate === undefined
    ) {
      next.taxRate = patch.taxCategory === 'S' ? '15' : '0';
    }
    return next;
  });
  return tidyExemptions({ ...draft, lines });
}

/** The model's two lists of document-level adjustments. */
type AdjustmentList = 'allowances' | 'charges';

/**
 * The draft with a document-level allowance added (at the standard rate by default).
 *
 * @example
 * ```ts
 * withAllowanceAdded(draft, { amount: '10.00', reasonCode: '95', reason: 'Discount' });
 * ```
 */
export function withAllowanceAdded(
  draft: InvoiceDraft,
  allowance: Partial<DocumentAdjustment<AllowanceReasonCode>> = {},
): InvoiceDraft {
  return withAdded(draft, 'allowances', allowance);
}

/**
 * The draft without the allowance at `index`.
 *
 * @example
 * ```ts
 * withAllowanceRemoved(draft, 0);
 * ```
 */
export function withAllowanceRemoved(draft: InvoiceDraft, index: number): InvoiceDraft {
  return withRemoved(draft, 'allowances', index);
}

/**
 * The draft with fields of the allowance at `index` changed (a category change sets its rate).
 *
 * @example
 * ```ts
 * withAllowanceUpdated(draft, 0, { amount: '12.50' });
 * ```
 */
export function withAllowanceUpdated(
  draft: InvoiceDraft,
  index: number,
  patch: Partial<DocumentAdjustment<AllowanceReasonCode>>,
): InvoiceDraft {
  return withUpdated(draft, 'allowances', index, patch);
}

/**
 * The draft with a document-level charge added (at the standard rate by default). Give it a
 * reason code: ZATCA warns on a charge without one (BR-KSA-19).
 *
 * @example
 * ```ts
 * withChargeAdded(draft, { amount: '12.50', reasonCode: 'FC', reason: 'Delivery' });
 * ```
 */
export function withChargeAdded(
  draft: InvoiceDraft,
  charge: Partial<DocumentAdjustment<ChargeReasonCode>> = {},
): InvoiceDraft {
  return withAdded(draft, 'charges', charge);
}

/**
 * The draft without the charge at `index`.
 *
 * @example
 * ```ts
 * withChargeRemoved(draft, 0);
 * ```
 */
export function withChargeRemoved(draft: InvoiceDraft, index: number): InvoiceDraft {
  return withRemoved(draft, 'charges', index);
}

/**
 * The draft with fields of the charge at `index` changed (a category change sets its rate).
 *
 * @example
 * ```ts
 * withChargeUpdated(draft, 0, { reasonCode: 'FC' });
 * ```
 */
export function withChargeUpdated(
  draft: InvoiceDraft,
  index: number,
  patch: Partial<DocumentAdjustment<ChargeReasonCode>>,
): InvoiceDraft {
  return withUpdated(draft, 'charges', index, patch);
}

function withAdded(
  draft: InvoiceDraft,
  list: AdjustmentList,
  adjustment: Partial<DocumentAdjustment>,
): InvoiceDraft {
  const added: DocumentAdjustment = { amount: '0.00', taxCategory: 'S', taxRate: '15', ...adjustment };
  return { ...draft, [list]: [...(draft[list] ?? []), added] };
}

function withRemoved(draft: InvoiceDraft, list: AdjustmentList, index: number): InvoiceDraft {
  const kept = (draft[list] ?? []).filter((_, at) => at !== index);
  const next: Mutable<InvoiceDraft> = { ...draft, [list]: kept };
  if (kept.length === 0) delete next[list];
  return tidyExemptions(next);
}

function withUpdated(
  draft: InvoiceDraft,
  list: AdjustmentList,
  index: number,
  patch: Partial<DocumentAdjustment>,
): InvoiceDraft {
  const updated = (draft[list] ?? []).map((adjustment, at) =>
    at === index ? patchedAdjustment(adjustment, patch) : adjustment,
  );
  return tidyExemptions({ ...draft, [list]: updated });
}

/**
 * An adjustment (document or line level) with a patch applied: a cleared reason code (the select's
 * placeholder, '') or reason leaves it without one; a category change sets the rate it allows.
 */
function patchedAdjustment<Adjustment extends LineAdjustment | DocumentAdjustment>(
  adjustment: Adjustment,
  patch: Partial<Adjustment>,
): Adjustment {
  const next = withoutBlanks({ ...adjustment, ...patch }, ['amount', 'taxRate']);
  const category = (patch as Partial<DocumentAdjustment>).taxCategory;
  if (
    category !== undefined &&
    category !== (adjustment as Partial<DocumentAdjustment>).taxCategory &&
    (patch as Partial<DocumentAdjustment>).taxRate === undefined
  ) {
    return { ...next, taxRate: category === 'S' ? '15' : '0' };
  }
  return next;
}

/** A line's two lists of adjustments: its allowances (BG-27) and its charges (BG-28). */
export type LineAdjustmentList = 'allowances' | 'charges';

/**
 * The draft with an allowance or a charge added to the line at `lineIndex` (amount 0.00 unless
 * given). Give a charge a reason code: ZATCA warns on a line charge without one (BR-KSA-20).
 *
 * @example
 * ```ts
 * withLineAdjustmentAdded(draft, 0, 'allowances', { amount: '5.00', reasonCode: '95', reason: 'Discount' });
 * ```
 */
export function withLineAdjustmentAdded(
  draft: InvoiceDraft,
  lineIndex: number,
  list: LineAdjustmentList,
  adjustment: Partial<LineAdjustment> = {},
): InvoiceDraft {
  return withLineList(draft, lineIndex, list, (adjustments) => [
    ...adjustments,
    { amount: '0.00', ...adjustment },
  ]);
}

/**
 * The draft without the allowance or charge at `index` of the line at `lineIndex`; the line's
 * last one removes its list.
 *
 * @example
 * ```ts
 * withLineAdjustmentRemoved(draft, 0, 'charges', 0);
 * ```
 */
export function withLineAdjustmentRemoved(
  draft: InvoiceDraft,
  lineIndex: number,
  list: LineAdjustmentList,
  index: number,
): InvoiceDraft {
  return withLineList(draft, lineIndex, list, (adjustments) => adjustments.filter((_, at) => at !== index));
}

/**
 * The draft with fields of the allowance or charge at `index` of the line at `lineIndex` changed;
 * a blank reason code or reason is removed.
 *
 * @example
 * ```ts
 * withLineAdjustmentUpdated(draft, 0, 'charges', 0, { reasonCode: 'FC' });
 * ```
 */
export function withLineAdjustmentUpdated(
  draft: InvoiceDraft,
  lineIndex: number,
  list: LineAdjustmentList,
  index: number,
  patch: Partial<LineAdjustment>,
): InvoiceDraft {
  return withLineList(draft, lineIndex, list, (adjustments) =>
    adjustments.map((adjustment, at) => (at === index ? patchedAdjustment(adjustment, patch) : adjustment)),
  );
}

/** The draft with one adjustment list of one line replaced (removed when it comes back empty). */
function withLineList(
  draft: InvoiceDraft,
  lineIndex: number,
  list: LineAdjustmentList,
  change: (adjustments: readonly LineAdjustment[]) => readonly LineAdjustment[],
): InvoiceDraft {
  const lines = (draft.lines ?? []).map((line, at) => {
    if (at !== lineIndex) return line;
    const adjustments = change(line[list] ?? []);
    const next: Mutable<InvoiceLine> = { ...line, [list]: adjustments };
    if (adjustments.length === 0) delete next[list];
    return next;
  });
  return { ...draft, lines };
}

/**
 * The draft with the note's billing reference (BT-25) set, or removed when blank.
 *
 * @example
 * ```ts
 * withBillingReference(draft, 'INV-1');
 * ```
 */
export function withBillingReference(draft: InvoiceDraft, billingReference: string): InvoiceDraft {
  return withoutBlanks({ ...draft, billingReference }, ['id']);
}

/**
 * The draft with the note's reason (KSA-10) set, or removed when blank.
 *
 * @example
 * ```ts
 * withNoteReason(draft, 'Goods returned');
 * ```
 */
export function withNoteReason(draft: InvoiceDraft, noteReason: string): InvoiceDraft {
  return withoutBlanks({ ...draft, noteReason }, ['id']);
}

/** A change to the exemption of one category: a reason code (its text from core's table), a text, or both. */
export interface ExemptionPatch {
  /**
   * A VATEX code for the category: it also writes the code's standard text unless `reason` is given;
   * `undefined` removes the code.
   */
  readonly reasonCode?: ExemptionReasonCode | undefined;
  /** The reason in words (BT-120), kept as typed. */
  readonly reason?: string;
}

/**
 * The draft with the exemption reason of a Z, E or O category set; choosing a code also writes
 * its standard text (editable afterwards).
 *
 * @example
 * ```ts
 * withExemption(draft, 'Z', { reasonCode: 'VATEX-SA-32' }); // reason 'Export of goods'
 * ```
 */
export function withExemption(
  draft: InvoiceDraft,
  category: TaxCategoryCode,
  patch: ExemptionPatch,
): InvoiceDraft {
  const exemptions = draft.exemptions ?? [];
  const current = exemptions.find((exemption) => exemption.taxCategory === category);
  const code = 'reasonCode' in patch ? patch.reasonCode : current?.reasonCode;
  const reason =
    patch.reason ??
    ('reasonCode' in patch && code !== undefined ? EXEMPTION_REASONS[code].en : current?.reason) ??
    '';
  const updated: TaxExemption = {
    taxCategory: category,
    ...(code !== undefined ? { reasonCode: code } : {}),
    reason,
  };
  const others = exemptions.filter((exemption) => exemption.taxCategory !== category);
  return { ...draft, exemptions: [...others, updated] };
}

/**
 * The tax categories other than S used by lines, allowances and charges, in first-use order: each needs
 * an exemption reason.
 *
 * @example
 * ```ts
 * exemptCategories(draft); // ['Z']
 * ```
 */
export function exemptCategories(draft: InvoiceDraft): TaxCategoryCode[] {
  const used = [...(draft.lines ?? []), ...(draft.allowances ?? []), ...(draft.charges ?? [])].map(
    (item) => item.taxCategory,
  );
  return [...new Set(used)].filter((category) => category !== 'S');
}

/** The draft without exemptions for categories nothing uses any more. */
function tidyExemptions(draft: InvoiceDraft): InvoiceDraft {
  if (draft.exemptions === undefined) return draft;
  const used = new Set(exemptCategories(draft));
  const exemptions = draft.exemptions.filter((exemption) => used.has(exemption.taxCategory));
  const next: Mutable<InvoiceDraft> = { ...draft, exemptions };
  if (exemptions.length === 0) delete next.exemptions;
  return next;
}
