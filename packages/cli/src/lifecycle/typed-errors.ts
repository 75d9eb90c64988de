/**
 * Turns the core's typed errors, thrown while a lifecycle command runs, into the CLI's failures:
 * an `InputError` is bad usage (exit code 2, named by the flag it came from where there is one),
 * every other `FatooraError` one line with its code (exit code 1, {@link describeError}).
 * Anything else is left alone: main reports it as a bug.
 */
import { FatooraError, InputError } from '@fatoora/core/errors';
import { UsageError } from '../usage-error.ts';
import { describeError } from './describe-error.ts';
import { LifecycleError } from './lifecycle-error.ts';

/** Option fields of the core named by the CLI flag that sets them. */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  baseUrl: '--base-url',
  environment: '--env',
  otp: '--otp',
  unitId: '--unit',
};

/** What to do about some failures. */
const HINTS: Readonly<Record<string, string>> = {
  'not-onboarded': 'run fatoora onboard',
  'private-key-missing': 'pass --key <file>',
  'key-mismatch': 'pass the key file the unit was onboarded with (--key)',
  'csid-key-mismatch': 'check that --env names the environment the platform at the base URL is',
  'outbox-not-empty': 'run fatoora report first',
};

/**
 * Runs a command's work, translating typed errors.
 *
 * @throws {UsageError} for an `InputError`.
 * @throws {LifecycleError} for any other `FatooraError`.
 * @example
 * ```ts
 * return withTypedErrors(async () => (await openUnit(flags, io)).egs.status());
 * ```
 */
export async function withTypedErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputError) {
      throw new UsageError(`${FLAG_OF_FIELD[error.field] ?? error.field}: ${error.message}`);
    }
    if (error instanceof FatooraError && !(error instanceof LifecycleError)) {
      const hint = HINTS[error.code];
      throw new LifecycleError(`${describeError(error)}${hint ? ` (${hint})` : ''}`);
    }
    throw error;
  }
}
