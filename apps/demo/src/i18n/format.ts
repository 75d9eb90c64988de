/**
 * Numbers and dates for people, through `Intl` in the reader's locale (`ar-SA` or `en-SA`).
 * Amounts stay decimal strings: `Intl.NumberFormat` formats the string itself (exact decimal
 * input), so a halala is never lost to a float on the way to the screen.
 */

/**
 * An amount in SAR, e.g. `SAR 194.58` or `‏١٩٤٫٥٨ ر.س.‏`.
 *
 * @example
 * ```ts
 * formatAmount('en-SA', '194.58'); // 'SAR 194.58'
 * ```
 */
export function formatAmount(locale: string, amount: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'SAR',
    minimumFractionDigits: 2,
  }).format as (value: string) => string;
  return format(amount);
}

/**
 * A moment, date and time, in Riyadh time.
 *
 * @example
 * ```ts
 * formatDateTime('en-SA', '2024-05-01T07:15:00Z'); // '1 May 2024, 10:15'
 * ```
 */
export function formatDateTime(locale: string, moment: string | Date): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Riyadh',
  }).format(new Date(moment));
}
