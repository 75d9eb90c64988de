/**
 * What every form field draws around its control: the label tied to the control, the field's
 * state for styling (`data-state`: invalid, warning, valid) and its faults, in the reader's
 * language, announced through the control's `aria-describedby`.
 */
import type { ReactNode } from 'react';
import { FaultMessage } from './fault-message.tsx';
import { useFaultScope } from './fault-scope.tsx';
import type { FieldControl } from './field-control.ts';

/** Props of {@link FieldFrame}. */
export interface FieldFrameProps {
  readonly label: ReactNode;
  /** From `useFieldControl(path)`; the control inside takes its `id` and `aria`. */
  readonly control: FieldControl;
  /** The control itself (an input, a select). */
  readonly children: ReactNode;
}

/**
 * A labelled field with its faults.
 *
 * @example
 * ```tsx
 * const control = useFieldControl('seller.vatNumber');
 * <FieldFrame label="VAT number" control={control}><input id={control.id} {...control.aria} /></FieldFrame>
 * ```
 */
export function FieldFrame({ label, control, children }: FieldFrameProps): ReactNode {
  const { locale } = useFaultScope();
  return (
    <div className="fatoora-field" data-state={control.state}>
      <label className="fatoora-label" htmlFor={control.id}>
        {label}
      </label>
      {children}
      <FaultMessage id={control.messageId} faults={control.faults} locale={locale} />
    </div>
  );
}
