/**
 * A list of rule faults (`validateInvoice`, `ValidationError`): severity, ZATCA's rule id, the
 * field's model path and the message.
 */
import type { Fault } from '@fatoora/core/errors';
import type { ReactNode } from 'react';
import { useText } from '../i18n/language.tsx';

/**
 * The faults, or nothing when there are none.
 *
 * @example
 * ```tsx
 * <FaultList faults={validateInvoice(xml)} />
 * ```
 */
export function FaultList({ faults }: { readonly faults: readonly Fault[] }): ReactNode {
  const { t } = useText();
  if (faults.length === 0) return null;
  return (
    <ul className="faults">
      {faults.map((fault) => (
        <li key={`${fault.rule}|${fault.path}`} className={`fault-${fault.severity}`}>
          <strong>{fault.severity === 'error' ? t('error') : t('warning')}</strong> <code>{fault.rule}</code>{' '}
          <code dir="ltr">{fault.path}</code> — {fault.message}
        </li>
      ))}
    </ul>
  );
}
