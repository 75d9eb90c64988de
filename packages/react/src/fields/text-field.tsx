/**
 * A labelled text input bound to a model path: its value, its change handler and its faults.
 */
import type { HTMLInputTypeAttribute, ReactNode } from 'react';
import { useFieldControl } from './field-control.ts';
import { FieldFrame } from './field-frame.tsx';

/** Props of {@link TextField}. */
export interface TextFieldProps {
  readonly label: string;
  /** The model path whose faults this field shows, e.g. `seller.vatNumber`. */
  readonly path: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly type?: HTMLInputTypeAttribute;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
  readonly required?: boolean;
  /** Direction of the value itself (`ltr` for numbers and codes inside Arabic text). */
  readonly dir?: 'ltr' | 'rtl' | 'auto';
  readonly autoComplete?: string;
}

/**
 * A text field.
 *
 * @example
 * ```tsx
 * <TextField label="VAT number" path="seller.vatNumber" value={v} onValueChange={setV} inputMode="numeric" dir="ltr" />
 * ```
 */
export function TextField(props: TextFieldProps): ReactNode {
  const control = useFieldControl(props.path);
  return (
    <FieldFrame label={props.label} control={control}>
      <input
        id={control.id}
        className="fatoora-input"
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(event) => props.onValueChange(event.target.value)}
        dir={props.dir ?? 'auto'}
        {...(props.inputMode ? { inputMode: props.inputMode } : {})}
        {...(props.required ? { required: true, 'aria-required': true } : {})}
        {...(props.autoComplete ? { autoComplete: props.autoComplete } : {})}
        {...control.aria}
      />
    </FieldFrame>
  );
}
