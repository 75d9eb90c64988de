/**
 * A labelled text input: the label tied to the input, an optional hint, and — when a fault names
 * the field — `aria-invalid` with the fault's message linked by `aria-describedby`.
 */
import type { ReactNode } from 'react';

/** Props of {@link TextField}. */
export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  /** The message of a fault on this field. */
  readonly fault?: string;
  readonly type?: 'text' | 'date';
  readonly inputMode?: 'text' | 'numeric' | 'decimal';
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly dir?: 'ltr' | 'rtl' | 'auto';
  readonly autoComplete?: string;
}

/**
 * A text field.
 *
 * @example
 * ```tsx
 * <TextField id="vat" label="VAT number" value={vat} onChange={setVat} inputMode="numeric" />
 * ```
 */
export function TextField(props: TextFieldProps): ReactNode {
  const described = [props.hint ? `${props.id}-hint` : '', props.fault ? `${props.id}-fault` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        inputMode={props.inputMode}
        required={props.required}
        disabled={props.disabled}
        dir={props.dir}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={props.fault ? true : undefined}
        aria-describedby={described || undefined}
      />
      {props.hint && (
        <small id={`${props.id}-hint`} className="hint">
          {props.hint}
        </small>
      )}
      {props.fault && (
        <small id={`${props.id}-fault`} className="fault">
          {props.fault}
        </small>
      )}
    </div>
  );
}
