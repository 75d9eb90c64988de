/**
 * One preparation of a draft per edit, shared by the validation and totals derivations: core's
 * `prepareDraft` normalises, checks and totals a draft in one pass, and a form that shows both
 * faults and totals would otherwise run it twice per keystroke. Results are kept per draft object
 * (a new object at every edit, as React state is) and per clock and rule set. Pure: the hooks
 * memoise over it (`useDraftMemo`).
 */
import type { InvoiceDraft } from '@fatoora/core/model';
import { type PreparedInvoice, type PrepareOptions, prepareDraft } from '@fatoora/core/pipeline';

const prepared = new WeakMap<object, Map<string, PreparedInvoice>>();

/**
 * `prepareDraft(draft, options)` (without a chain: stand-ins for ICV, PIH and UUID), reused for
 * the same draft object and options.
 *
 * @example
 * ```ts
 * preparedDraft(draft, { now }).faults; // what invoiceValidation groups
 * preparedDraft(draft, { now }).totals; // the same preparation, not a second one
 * ```
 */
export function preparedDraft(draft: InvoiceDraft, options: PrepareOptions = {}): PreparedInvoice {
  if (typeof draft !== 'object' || draft === null) return prepareDraft(draft, options);
  const key = `${options.now?.getTime() ?? 'clock'}|${options.ruleSet ?? 'default'}`;
  let byOptions = prepared.get(draft);
  if (!byOptions) {
    byOptions = new Map();
    prepared.set(draft, byOptions);
  }
  let result = byOptions.get(key);
  if (!result) {
    result = prepareDraft(draft, options);
    byOptions.set(key, result);
  }
  return result;
}

/** The options of a draft's checks and totals: the clock and the rule set. */
export type DraftCheckOptions = Pick<PrepareOptions, 'now' | 'ruleSet'>;
