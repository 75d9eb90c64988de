/**
 * The error a call failed with, checked to be of the expected class — so that a call that
 * succeeds, or fails otherwise, fails the test.
 */
import { expect } from 'vitest';

/** Awaits `call`, expecting it to reject with an instance of `type`, and returns that error. */
export async function thrownBy<T>(
  call: Promise<unknown>,
  type: abstract new (...args: never[]) => T,
): Promise<T> {
  const outcome = await call.then(
    (value: unknown) => ({ value }),
    (error: unknown) => ({ error }),
  );
  expect(outcome).toHaveProperty('error');
  const { error } = outcome as { error: unknown };
  expect(error).toBeInstanceOf(type);
  return error as T;
}
