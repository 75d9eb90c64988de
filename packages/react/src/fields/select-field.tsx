/**
 * A labelled select bound to a model path: options from core's bilingual code tables, its value,
 * its change handler and its faults.
 */
import type { ReactNode } from 'react';
import { useFieldControl } from './field-control.ts';
import { FieldFrame } from './field-frame.tsx';

/** One option. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  readonly label: string;
  readonly path: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly options: readonly SelectOption[];
  /** A first option with the empty value (e.g. "Choose a reason"). */
  readonly placeholder?: string;
}

/**
 * A select field.
 *
 * @example
 * ```tsx
 * <SelectField label="VAT category" path="lines[0].taxCategory" value="S" onValueChange={set}
 *   options={Object.entries(TAX_CATEGORIES).map(([code, text]) => ({ value: code, label: text.en }))} />
 * ```
 */
export function SelectField(props: SelectFieldProps): ReactNode {
  const control = useFieldControl(props.path);
  return (
    <FieldFrame label={props.label} control={control}>
      <select
        id={control.id}
        className="fatoora-select"
        value={props.value}
        onChange={(event) => props.onValueChange(event.target.value)}
        {...control.aria}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
