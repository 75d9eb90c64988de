/**
 * One preparation of a draft per render, shared by the validation and totals hooks: core's
 * `prepareDraft` normalises, checks and totals a draft in one pass, and a form that shows both
 * faults and totals would otherwise run it twice per keystroke. Results are kept per draft object
 * (a new object at every edit, as React state is) and per clock and rule set.
 */
import type { InvoiceDraft } from '@fatoora/core/model';
import { type PreparedInvoice, type PrepareOptions, prepareDraft } from '@fatoora/core/pipeline';
import { useMemo } from 'react';

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

/** The options both draft hooks take: the clock and the rule set. */
export type DraftCheckOptions = Pick<PrepareOptions, 'now' | 'ruleSet'>;

/**
 * `read(draft, options)`, recomputed only when the draft, the clock's time or the rule set
 * changes (a new `Date` for the same moment is the same clock).
 *
 * @example
 * ```ts
 * const totals = useDraftMemo(draft, options, invoiceTotals);
 * ```
 */
export function useDraftMemo<Draft, Result>(
  draft: Draft,
  options: DraftCheckOptions,
  read: (draft: Draft, options: DraftCheckOptions) => Result,
): Result {
  const { now, ruleSet } = options;
  const time = now?.getTime();
  return useMemo(
    () =>
      read(draft, {
        ...(time !== undefined ? { now: new Date(time) } : {}),
        ...(ruleSet ? { ruleSet } : {}),
      }),
    [draft, time, ruleSet, read],
  );
}
