/**
 * A labelled checkbox bound to a model path, for a yes/no field of the model (a KSA-2 flag): the
 * box before its label, as checkboxes read in either direction, with the faults of its path.
 */
import type { ReactNode } from 'react';
import { FaultMessage } from './fault-message.tsx';
import { useFaultScope } from './fault-scope.tsx';
import { useFieldControl } from './field-control.ts';

/** Props of {@link CheckboxField}. */
export interface CheckboxFieldProps {
  readonly label: string;
  /** The model path whose faults this field shows, e.g. `transaction.b2g`. */
  readonly path: string;
  readonly checked: boolean;
  readonly onCheckedChange: (checked: boolean) => void;
}

/**
 * A checkbox field.
 *
 * @example
 * ```tsx
 * <CheckboxField label="B2G" path="transaction.b2g" checked={b2g} onCheckedChange={setB2g} />
 * ```
 */
export function CheckboxField(props: CheckboxFieldProps): ReactNode {
  const control = useFieldControl(props.path);
  const { locale } = useFaultScope();
  return (
    <div className="fatoora-field fatoora-checkbox-field" data-state={control.state}>
      <input
        id={control.id}
        className="fatoora-checkbox"
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onCheckedChange(event.target.checked)}
        {...control.aria}
      />
      <label className="fatoora-label" htmlFor={control.id}>
        {props.label}
      </label>
      <FaultMessage id={control.messageId} faults={control.faults} locale={locale} />
    </div>
  );
}
