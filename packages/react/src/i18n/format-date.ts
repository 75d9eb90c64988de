/**
 * Dates and times for display, through `Intl.DateTimeFormat` in the reader's language. Invoices
 * carry Gregorian calendar dates (`YYYY-MM-DD`) and Saudi local times, so the calendar is the
 * Gregorian one even in `ar-SA` (whose default is Umm al-Qura) and no time zone shift applies.
 */
import { type FatooraLocale, INTL_LOCALES } from './locale.ts';

/**
 * An invoice date (`YYYY-MM-DD`) in a language; other text is returned as it is.
 *
 * @example
 * ```ts
 * formatInvoiceDate('2024-03-05', 'en'); // '5 Mar 2024'
 * formatInvoiceDate('2024-03-05', 'ar'); // '٠٥‏/٠٣‏/٢٠٢٤' or the month name, as the engine writes it
 * ```
 */
export function formatInvoiceDate(date: string, locale: FatooraLocale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'medium',
    calendar: 'gregory',
    timeZone: 'UTC',
  }).format(instant);
}

/**
 * An invoice time (`HH:MM:SS`) in a language; other text is returned as it is.
 *
 * @example
 * ```ts
 * formatInvoiceTime('14:05:00', 'en'); // '2:05:00 PM'
 * ```
 */
export function formatInvoiceTime(time: string, locale: FatooraLocale): string {
  const match = /^(\d{2}):(\d{2}):(\d{2})Z?$/.exec(time);
  if (!match) return time;
  const instant = new Date(Date.UTC(1970, 0, 1, Number(match[1]), Number(match[2]), Number(match[3])));
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeStyle: 'medium', timeZone: 'UTC' }).format(
    instant,
  );
}

/**
 * A moment (a `Date` or ISO 8601 text) in Saudi time, in a language.
 *
 * @example
 * ```ts
 * formatMoment('2024-03-05T09:00:00Z', 'en'); // '5 Mar 2024, 12:00:00 PM'
 * ```
 */
export function formatMoment(moment: Date | string, locale: FatooraLocale): string {
  const instant = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(instant.getTime())) return String(moment);
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'medium',
    timeStyle: 'medium',
    calendar: 'gregory',
    timeZone: 'Asia/Riyadh',
  }).format(instant);
}
