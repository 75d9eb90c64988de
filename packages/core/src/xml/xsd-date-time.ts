/**
 * The lexical form of `xsd:dateTime` (XML Schema 1.0 Part 2, §3.2.7) as invoices write it:
 * `YYYY-MM-DDThh:mm:ss`, optional fractional seconds, optional zone (`Z` or `±hh:mm`, at most
 * 14:00). A value is read into its written wall-clock fields and its zone; a time without a zone
 * has no instant of its own (XML Schema calls it "not timezoned"), and the caller decides how to
 * read it (`xades:SigningTime` as UTC, signing-rules §2). Calendar dates are checked (no 30
 * February). Two corners of the lexical space are refused because no invoice writes them and
 * JavaScript's `Date` would silently roll them over: years other than four digits (negative or
 * expanded) and the end-of-day `24:00:00`.
 */

/** An `xsd:dateTime` as written. */
export interface XsdDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The digits after the decimal point of the seconds, `''` when none are written. */
  readonly fraction: string;
  /** The zone as minutes east of UTC (`Z` is 0); `undefined` for a time without a zone. */
  readonly offsetMinutes: number | undefined;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))?$/;

/**
 * Reads an `xsd:dateTime` (surrounding whitespace ignored, as XML Schema collapses it); `undefined`
 * when the text is not one or names no real date and time.
 *
 * @example
 * ```ts
 * parseXsdDateTime('2025-05-25T14:18:04Z')?.offsetMinutes; // 0
 * parseXsdDateTime('2025-05-25T14:18:04')?.offsetMinutes; // undefined
 * parseXsdDateTime('2025-02-30T00:00:00'); // undefined
 * ```
 */
export function parseXsdDateTime(text: string): XsdDateTime | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes: number | undefined;
  if (match[8] === 'Z') offsetMinutes = 0;
  else if (match[8] !== undefined) {
    const hours = Number(match[10]);
    const minutes = Number(match[11]);
    if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
    offsetMinutes = (match[9] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  return { year, month, day, hour, minute, second, fraction: match[7] ?? '', offsetMinutes };
}

/**
 * The instant of a parsed value, to the millisecond (further fraction digits are dropped); a value
 * without a zone is read in the zone given (minutes east of UTC).
 *
 * @example
 * ```ts
 * xsdInstant(parseXsdDateTime('2025-05-25T17:18:04+03:00')!, 0).toISOString(); // '2025-05-25T14:18:04.000Z'
 * ```
 */
export function xsdInstant(value: XsdDateTime, zoneless: number): Date {
  const milliseconds = Number(value.fraction.slice(0, 3).padEnd(3, '0'));
  const offset = value.offsetMinutes ?? zoneless;
  const wall = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  wall.setUTCFullYear(value.year, value.month - 1, value.day);
  wall.setUTCHours(value.hour, value.minute, value.second, milliseconds);
  return new Date(wall.getTime() - offset * 60_000);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
