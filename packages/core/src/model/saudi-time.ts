/**
 * Issue date and time as an EGS unit writes them: the wall clock of Saudi Arabia, UTC+3 all year
 * (no daylight saving), as `YYYY-MM-DD` and `HH:MM:SS` — the reading the validator and the
 * platform give a time without a zone (BR-KSA-04, BR-KSA-98).
 */

const SAUDI_OFFSET_MS = 3 * 60 * 60 * 1000;

/**
 * The Saudi date and time of an instant.
 *
 * @example
 * ```ts
 * saudiDateTime(new Date('2024-05-01T22:30:00Z')); // { date: '2024-05-02', time: '01:30:00' }
 * ```
 */
export function saudiDateTime(instant: Date): {
  /** The date in Riyadh (UTC+3), `YYYY-MM-DD`: the issue date (BT-2) it gives. */
  readonly date: string;
  /** The time in Riyadh, `HH:MM:SS`: the issue time (KSA-25) it gives. */
  readonly time: string;
} {
  const local = new Date(instant.getTime() + SAUDI_OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 19) };
}

/**
 * The instant a written issue date and time stand for: a time ending in `Z` is UTC, any other is
 * Saudi time (`NaN` for text that is no date and time).
 *
 * @example
 * ```ts
 * saudiInstant('2024-05-02', '01:30:00') === Date.parse('2024-05-01T22:30:00Z'); // true
 * ```
 */
export function saudiInstant(date: string, time: string): number {
  return Date.parse(`${date}T${time.endsWith('Z') ? time : `${time}+03:00`}`);
}
