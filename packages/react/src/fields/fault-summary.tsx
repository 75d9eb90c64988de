/**
 * The faults of a form that no field shows, as one list: a rule broken by the document as a whole
 * (no lines, a missing exemption reason, a seller address left out) still reaches the reader.
 */
import { type ReactNode, useId } from 'react';
import { uiText } from '../i18n/ui-text.ts';
import { FaultItem } from './fault-message.tsx';
import { useFaultScope } from './fault-scope.tsx';

/**
 * The unclaimed faults of the nearest fault scope.
 *
 * @example
 * ```tsx
 * <FaultScope locale="en" byPath={byPath}>…<FaultSummary /></FaultScope>
 * ```
 */
export function FaultSummary(): ReactNode {
  const { byPath, claimed, locale } = useFaultScope();
  const headingId = useId();
  const all = [...byPath.values()].flat();
  const faults = [...byPath.entries()].filter(([path]) => !claimed.has(path)).flatMap(([, list]) => list);
  const atFields = all.length - faults.length;
  return (
    <section
      className="fatoora-fault-summary"
      aria-labelledby={headingId}
      data-state={all.length > 0 ? 'faults' : 'clear'}
    >
      <h3 id={headingId} className="fatoora-heading">
        {uiText('faults', locale)}
      </h3>
      {all.length === 0 ? <p>{uiText('noFaults', locale)}</p> : null}
      {atFields > 0 ? <p>{uiText('faultsAtFields', locale)}</p> : null}
      {faults.length === 0 ? null : (
        <ul className="fatoora-fault-list">
          {faults.map((fault) => (
            <FaultItem key={`${fault.rule}|${fault.path}`} fault={fault} locale={locale} />
          ))}
        </ul>
      )}
    </section>
  );
}
