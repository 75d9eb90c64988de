/**
 * The optional KSA-2 flags in the form: continuous supply and B2G (positions 8 and 9), one checkbox
 * each, labelled from core's `TRANSACTION_FLAGS`. Only R3.4.8 accepts them (BR-KSA-06), so the
 * faults of the transaction code as a whole (its length under R4.0.0, BR-KSA-31) are shown and
 * announced with the group; a flag's own faults stay with its checkbox.
 */
import { TRANSACTION_FLAGS } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import { CheckboxField } from '../fields/checkbox-field.tsx';
import { FaultMessage } from '../fields/fault-message.tsx';
import { useFieldControl } from '../fields/field-control.ts';
import { textIn } from '../i18n/locale.ts';
import { uiText } from '../i18n/ui-text.ts';
import { OPTIONAL_TRANSACTION_FLAGS } from '../state/transaction-flags.ts';
import type { FormSectionProps } from './form-section-props.ts';

/** Props of {@link TransactionFlagsFieldset}. */
export type TransactionFlagsFieldsetProps = FormSectionProps;

/**
 * The optional transaction flags.
 *
 * @example
 * ```tsx
 * <TransactionFlagsFieldset draft={draft} actions={actions} locale="ar" />
 * ```
 */
export function TransactionFlagsFieldset({
  draft,
  actions,
  locale,
}: TransactionFlagsFieldsetProps): ReactNode {
  // The group shows the code's own faults, but only describes itself by them: aria-invalid
  // belongs on a control, not on a group.
  const code = useFieldControl('transaction');
  return (
    <fieldset
      className="fatoora-fieldset"
      data-section="transaction"
      data-state={code.state}
      aria-describedby={code.aria['aria-describedby']}
    >
      <legend className="fatoora-legend">{uiText('transactionType', locale)}</legend>
      {OPTIONAL_TRANSACTION_FLAGS.map((flag) => (
        <CheckboxField
          key={flag}
          label={textIn(TRANSACTION_FLAGS[flag], locale)}
          path={`transaction.${flag}`}
          checked={draft.transaction?.[flag] === true}
          onCheckedChange={(set) => actions.setTransactionFlag(flag, set)}
        />
      ))}
      <FaultMessage id={code.messageId} faults={code.faults} locale={locale} />
    </fieldset>
  );
}
