/**
 * A state change as data: a new value, or a function of the latest one (React's `setState`
 * argument, without React). The draft actions and `useControllableState` both speak it.
 */

/** A new value, or a function of the latest one. */
export type StateUpdate<T> = T | ((previous: T) => T);

/**
 * The value an update leads to from `previous`.
 *
 * @example
 * ```ts
 * applyStateUpdate((n: number) => n + 1, 1); // 2
 * applyStateUpdate(5, 1); // 5
 * ```
 */
export function applyStateUpdate<T>(update: StateUpdate<T>, previous: T): T {
  return typeof update === 'function' ? (update as (previous: T) => T)(previous) : update;
}
