/**
 * The reporting deadline of an issued document: 24 hours after it was issued. ZATCA's rule
 * BR-KSA-98 warns on simplified documents reported later than that; the outbox shows the same
 * deadline for standard documents still waiting for clearance, which must not wait either.
 */

/** 24 hours, in milliseconds (BR-KSA-98). */
export const REPORTING_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * When a document issued at `issuedAt` is due with the platform (BR-KSA-98).
 *
 * @throws {RangeError} for an `issuedAt` that is not a date.
 * @example
 * ```ts
 * reportingDeadline('2024-05-01T10:00:00.000Z').toISOString(); // '2024-05-02T10:00:00.000Z'
 * ```
 */
export function reportingDeadline(issuedAt: string | Date): Date {
  const time = new Date(issuedAt).getTime();
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${String(issuedAt)}.`);
  return new Date(time + REPORTING_WINDOW_MS); // BR-KSA-98
}

/**
 * Whether the deadline of a document issued at `issuedAt` has passed at `now`.
 *
 * @throws {RangeError} for an `issuedAt` that is not a date.
 * @example
 * ```ts
 * isOverdue('2024-05-01T10:00:00Z', new Date('2024-05-02T10:00:01Z')); // true
 * ```
 */
export function isOverdue(issuedAt: string | Date, now: Date): boolean {
  return now.getTime() > reportingDeadline(issuedAt).getTime();
}
