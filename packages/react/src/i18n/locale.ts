/**
 * The two languages of the kit and what follows from each: Arabic (`ar`, right to left, formatted
 * as `ar-SA`) and English (`en`, left to right, formatted as `en-SA`). Components take a `locale`
 * prop or inherit the one of `FatooraProvider`, which defaults to Arabic.
 */

/** A language of the kit. */
export type FatooraLocale = 'ar' | 'en';

/**
 * The Intl locale each language formats numbers and dates with.
 *
 * @example
 * ```ts
 * new Intl.NumberFormat(INTL_LOCALES.ar).format(15); // '١٥'
 * ```
 */
export const INTL_LOCALES = { ar: 'ar-SA', en: 'en-SA' } as const satisfies Record<FatooraLocale, string>;

/**
 * The writing direction of a language.
 *
 * @example
 * ```ts
 * directionOf('ar'); // 'rtl'
 * ```
 */
export function directionOf(locale: FatooraLocale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** Text in both languages, as core's code tables give it. */
export interface Bilingual {
  /** The text in English. */
  readonly en: string;
  /** The text in Arabic. */
  readonly ar: string;
}

/**
 * The text of a bilingual entry in one language.
 *
 * @example
 * ```ts
 * textIn(TAX_CATEGORIES.Z, 'ar'); // 'خاضع للضريبة بنسبة صفر'
 * ```
 */
export function textIn(text: Bilingual, locale: FatooraLocale): string {
  return text[locale];
}
