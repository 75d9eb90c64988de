/**
 * The one way from what a caller wrote to a model ready to write: normalise (a `null` field is an
 * absent one; a draft's missing issue date and time are the clock's, in Saudi time), check the
 * shape and every rule, and compute the totals once. `buildInvoice`, an EGS unit issuing a draft,
 * the React kit's live validation and totals, and the CLI all go through here, so that what a form
 * shows, what the unit signs and what the XML says cannot drift apart.
 */
import { computeInvoiceTotals, type InvoiceModelTotals } from '../calc/invoice-totals.ts';
import { FatooraError } from '../errors/fatoora-error.ts';
import { InputError } from '../errors/input-error.ts';
import { type Fault, ValidationError } from '../errors/validation-error.ts';
import type { Invoice } from '../model/invoice.ts';
import { completeDraft, type InvoiceDraft } from '../model/invoice-draft.ts';
import { withoutNulls } from '../model/without-nulls.ts';
import type { RuleSet } from '../rules/rule-sets.ts';
import { checkInvoiceModel } from '../rules/validate-model.ts';
import { FIRST_PREVIOUS_INVOICE_HASH } from '../signing/invoice-hash.ts';

/** Options of {@link prepareInvoice}. */
export interface PrepareOptions {
  /** The clock: date rules (BR-KSA-04, BR-KSA-98) and a draft's missing issue date and time. Default: now. */
  readonly now?: Date;
  /** Which of ZATCA's rule sets to apply, as `validateInvoice` takes it; default the newest. */
  readonly ruleSet?: RuleSet;
}

/** A model normalised and checked. */
export interface PreparedInvoice {
  /** The model as it will be written: no `null` fields, a draft completed. */
  readonly model: Invoice;
  /** Every fault, errors and warnings, as `validateInvoice` reports them. */
  readonly faults: readonly Fault[];
  /** The error-severity faults: a document with any is never written. */
  readonly errors: readonly Fault[];
  /**
   * Every amount, exact, whenever the tax engine can compute them — while other rules still fail
   * too, so that a form shows totals as the user types. Writing needs them and no error.
   */
  readonly totals: InvoiceModelTotals | undefined;
  /** Why there are no totals: the field the tax engine could not compute with. */
  readonly totalsFault: Fault | undefined;
}

/**
 * Normalises and checks a whole invoice model.
 *
 * @example
 * ```ts
 * const prepared = prepareInvoice(invoice, { now: new Date() });
 * if (prepared.totals) writeInvoice(prepared.model, prepared.totals);
 * else prepared.errors; // [{ rule: 'BR-KSA-40', path: 'seller.vatNumber', … }]
 * ```
 */
export function prepareInvoice(invoice: Invoice, options: PrepareOptions = {}): PreparedInvoice {
  const model = withoutNulls(invoice);
  const checked = checkInvoiceModel(model, options);
  const errors = checked.faults.filter((fault) => fault.severity === 'error');
  // The rule check computes the totals of a model without errors; only a faulty one is tried again.
  const computed = checked.totals ? { totals: checked.totals } : totalsDespiteFaults(model);
  return {
    model,
    faults: checked.faults,
    errors,
    totals: computed.totals,
    totalsFault: computed.fault,
  };
}

/** The totals of a model with rule faults, when the tax engine can still compute them. */
function totalsDespiteFaults(model: Invoice): { totals?: InvoiceModelTotals; fault?: Fault } {
  try {
    return { totals: computeInvoiceTotals(model) };
  } catch (error) {
    return { fault: faultOf(error) };
  }
}

/** The tax engine's refusal as a fault, with the model path of the field at fault. */
function faultOf(error: unknown): Fault {
  if (error instanceof InputError) {
    return { rule: error.rule, severity: 'error', path: error.field, message: error.message };
  }
  if (error instanceof ValidationError && error.faults[0] !== undefined) return error.faults[0];
  if (error instanceof FatooraError)
    return { rule: error.code, severity: 'error', path: '', message: error.message };
  // Anything else comes from a malformed model, which the shape check has reported already.
  const message = error instanceof Error ? error.message : String(error);
  return { rule: 'totals', severity: 'error', path: '', message };
}

/** The values an EGS unit's chain gives a draft: the next ICV, the PIH and a fresh UUID. */
export interface ChainPlacement {
  /** KSA-16, the chain head's ICV plus one. */
  readonly counter: number;
  /** KSA-13, the chain head's hash. */
  readonly previousInvoiceHash: string;
  /** KSA-1. */
  readonly uuid: string;
}

/** Options of {@link prepareDraft}. */
export interface PrepareDraftOptions extends PrepareOptions {
  /**
   * The draft's place in its unit's chain. Without it (a form being filled in), the draft gets
   * stand-ins — the first place of a chain and {@link DRAFT_UUID} — so that only what its author
   * wrote can fault.
   */
  readonly chain?: ChainPlacement;
}

/** The UUID a draft is checked with before its unit assigns one (a valid version-4 UUID). */
export const DRAFT_UUID = '00000000-0000-4000-8000-000000000000';

const STAND_IN_PLACE: ChainPlacement = {
  counter: 1,
  previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
  uuid: DRAFT_UUID,
};

/**
 * Normalises, completes and checks a draft. With `chain`, its values win over any the draft
 * carries under the same names; without it, values the draft carries are kept and the missing
 * ones stood in for.
 *
 * @example
 * ```ts
 * // An EGS unit, under its store's lock:
 * const prepared = prepareDraft(draft, { now, chain: { counter: head.counter + 1, previousInvoiceHash: head.previousInvoiceHash, uuid } });
 * // A form, while the user types:
 * prepareDraft(draft).faults;
 * ```
 */
export function prepareDraft(draft: InvoiceDraft, options: PrepareDraftOptions = {}): PreparedInvoice {
  const now = options.now ?? new Date();
  const normalised = withoutNulls(draft);
  const carried = normalised as Partial<ChainPlacement>;
  const place = options.chain ?? {
    counter: carried.counter ?? STAND_IN_PLACE.counter,
    previousInvoiceHash: carried.previousInvoiceHash ?? STAND_IN_PLACE.previousInvoiceHash,
    uuid: carried.uuid ?? STAND_IN_PLACE.uuid,
  };
  return prepareInvoice(completeDraft(normalised, { ...place, now }), { ...options, now });
}

/**
 * Every fault of a draft as a form shows it (see {@link prepareDraft} without `chain`).
 *
 * @example
 * ```ts
 * validateDraft({ ...draft, seller: { ...draft.seller, vatNumber: '123' } });
 * // [{ rule: 'BR-KSA-40', severity: 'error', path: 'seller.vatNumber', … }]
 * ```
 */
export function validateDraft(draft: InvoiceDraft, options: PrepareOptions = {}): readonly Fault[] {
  return prepareDraft(draft, options).faults;
}
