/**
 * The React side of a draft derivation (`invoiceTotals`, `invoiceValidation`): the pure function
 * from `state/`, memoised on the draft object, the clock's time and the rule set, so that a new
 * `Date` for the same moment (a clock made at each render) does not recompute it.
 */
import { useMemo } from 'react';
import type { DraftCheckOptions } from '../state/prepared-draft.ts';

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
