/**
 * The faults of one field, each with its ZATCA rule id and its message in the reader's language;
 * the field points at this element with `aria-describedby`.
 */
import type { Fault } from '@fatoora/core/errors';
import type { ReactNode } from 'react';
import { faultText } from '../i18n/fault-text.ts';
import type { FatooraLocale } from '../i18n/locale.ts';
import { uiText } from '../i18n/ui-text.ts';

/** Props of {@link FaultMessage}. */
export interface FaultMessageProps {
  readonly id: string;
  readonly faults: readonly Fault[];
  readonly locale: FatooraLocale;
}

/**
 * A field's faults, or nothing when it has none.
 *
 * @example
 * ```tsx
 * <FaultMessage id={`${id}-faults`} faults={faults} locale="en" />
 * ```
 */
export function FaultMessage({ id, faults, locale }: FaultMessageProps): ReactNode {
  if (faults.length === 0) return null;
  return (
    <ul id={id} className="fatoora-fault-list">
      {faults.map((fault) => (
        <FaultItem key={`${fault.rule}|${fault.path}`} fault={fault} locale={locale} />
      ))}
    </ul>
  );
}

/** Props of {@link FaultItem}. */
export interface FaultItemProps {
  readonly fault: Fault;
  readonly locale: FatooraLocale;
}

/**
 * One fault: severity, rule id and message.
 *
 * @example
 * ```tsx
 * <ul><FaultItem fault={fault} locale="ar" /></ul>
 * ```
 */
export function FaultItem({ fault, locale }: FaultItemProps): ReactNode {
  return (
    <li className="fatoora-fault" data-severity={fault.severity}>
      <span className="fatoora-fault-severity">{uiText(fault.severity, locale)}</span>{' '}
      <code className="fatoora-fault-rule" dir="ltr">
        {fault.rule}
      </code>{' '}
      <span className="fatoora-fault-text">{faultText(fault, locale)}</span>
    </li>
  );
}
