/**
 * State that a component owns unless its parent controls it (`value` + `onValueChange`), as in
 * radix-ui: uncontrolled it starts from `defaultValue`; controlled it always shows `value` and only
 * asks for changes. Updater functions see the latest value, even across several updates in one
 * event.
 */
import { useCallback, useRef, useState } from 'react';
import { applyStateUpdate, type StateUpdate } from '../state/state-update.ts';

/** Options of {@link useControllableState}. */
export interface ControllableStateOptions<T> {
  /** The controlled value; `undefined` leaves the state to the component. */
  readonly value?: T | undefined;
  /** The first value when uncontrolled. */
  readonly defaultValue: T | (() => T);
  /** Called with each new value, controlled or not. */
  readonly onValueChange?: ((value: T) => void) | undefined;
}

/**
 * The current value and its setter.
 *
 * @example
 * ```ts
 * const [otp, setOtp] = useControllableState({ value: props.value, defaultValue: '', onValueChange: props.onValueChange });
 * ```
 */
export function useControllableState<T>(
  options: ControllableStateOptions<T>,
): [T, (update: StateUpdate<T>) => void] {
  const { value, onValueChange } = options;
  const [own, setOwn] = useState<T>(options.defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? (value as T) : own;
  const latest = useRef(current);
  latest.current = current;
  const onChange = useRef(onValueChange);
  onChange.current = onValueChange;
  const isControlled = useRef(controlled);
  isControlled.current = controlled;

  const set = useCallback((update: StateUpdate<T>) => {
    const next = applyStateUpdate(update, latest.current);
    if (Object.is(next, latest.current)) return;
    latest.current = next;
    if (!isControlled.current) setOwn(next);
    onChange.current?.(next);
  }, []);
  return [current, set];
}
