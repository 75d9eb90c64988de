/**
 * The accessibility wiring shared by every form field: ids for the control and its fault message,
 * `aria-invalid` when an error (not a mere warning) sits at the field's path, and
 * `aria-describedby` pointing at the message, which names the ZATCA rule.
 */
import type { Fault } from '@fatoora/core/errors';
import { useId } from 'react';
import { useFieldFaults } from './fault-scope.tsx';

/** What a field renders with. */
export interface FieldControl {
  readonly id: string;
  readonly messageId: string;
  readonly faults: readonly Fault[];
  /** Attributes for the control. */
  readonly aria: { readonly 'aria-invalid'?: true; readonly 'aria-describedby'?: string };
  /** `invalid`, `warning` or `valid`, for `data-state`. */
  readonly state: 'invalid' | 'warning' | 'valid';
}

/**
 * The ids, faults and ARIA attributes of the field at a model path.
 *
 * @example
 * ```tsx
 * const control = useFieldControl('seller.name');
 * <input id={control.id} {...control.aria} />
 * ```
 */
export function useFieldControl(path: string): FieldControl {
  const id = useId();
  const messageId = `${id}-faults`;
  const faults = useFieldFaults(path);
  const invalid = faults.some((fault) => fault.severity === 'error');
  return {
    id,
    messageId,
    faults,
    aria: {
      ...(invalid ? { 'aria-invalid': true as const } : {}),
      ...(faults.length > 0 ? { 'aria-describedby': messageId } : {}),
    },
    state: invalid ? 'invalid' : faults.length > 0 ? 'warning' : 'valid',
  };
}
