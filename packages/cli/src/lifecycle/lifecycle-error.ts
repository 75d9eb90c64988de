/**
 * The failure of a lifecycle command (`onboard`, `issue`, `report`, `clear`, `renew`, `status`)
 * for a reason fatoora names: a typed error of the core (its code leads the message), a document
 * the platform rejected, or documents still waiting in the outbox. Exit code 1; bad usage stays
 * a {@link UsageError} (exit code 2).
 */

/**
 * A lifecycle command failed: exit code 1, the message on standard error.
 *
 * @example
 * ```ts
 * throw new LifecycleError('not-onboarded: Unit default has no production CSID yet: onboard it first.');
 * ```
 */
export class LifecycleError extends Error {
  readonly exitCode = 1;
}
