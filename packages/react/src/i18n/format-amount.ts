/// <reference lib="es2023.intl" />
/**
 * Amounts for display, through `Intl.NumberFormat` in the reader's language (`ar-SA` writes
 * Arabic-Indic digits). Decimal strings go to `format` as strings, which Intl formats exactly
 * (ECMA-402 NumberFormat v3): money never passes through a float here either.
 */
import { type Decimal, formatDecimal } from '@fatoora/core/money';
import { type FatooraLocale, INTL_LOCALES } from './locale.ts';

/** Options of {@link formatAmount}. */
export interface FormatAmountOptions {
  /** ISO 4217 code to show with the amount; none for a plain number. */
  readonly currency?: string;
  /** Fraction digits to show at least. Default 2. */
  readonly minimumFractionDigits?: number;
}

/**
 * An amount in a language.
 *
 * @example
 * ```ts
 * formatAmount('1234.5', 'en', { currency: 'SAR' }); // 'SAR 1,234.50'
 * formatAmount('1234.5', 'ar'); // '١٬٢٣٤٫٥٠'
 * ```
 */
export function formatAmount(
  value: Decimal | string,
  locale: FatooraLocale,
  options: FormatAmountOptions = {},
): string {
  const text = typeof value === 'string' ? value.trim() : formatDecimal(value);
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return text;
  const format = new Intl.NumberFormat(INTL_LOCALES[locale], {
    minimumFractionDigits: options.minimumFractionDigits ?? 2,
    maximumFractionDigits: 20,
    ...(options.currency !== undefined ? { style: 'currency', currency: options.currency } : {}),
  });
  return format.format(text as Intl.StringNumericLiteral);
}

/**
 * A quantity or rate in a language, with no more fraction digits than it has.
 *
 * @example
 * ```ts
 * formatQuantity('2.5', 'ar'); // '٢٫٥'
 * ```
 */
export function formatQuantity(value: Decimal | string, locale: FatooraLocale): string {
  return formatAmount(value, locale, { minimumFractionDigits: 0 });
}

/**
 * A VAT rate (in percent, as the model holds it: `"15"`) in a language, with its percent sign
 * where the language puts it.
 *
 * @example
 * ```ts
 * formatPercent('15', 'en'); // '15%'
 * formatPercent('15', 'ar'); // '١٥٪؜'
 * ```
 */
export function formatPercent(value: Decimal | string, locale: FatooraLocale): string {
  const text = typeof value === 'string' ? value.trim() : formatDecimal(value);
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return text;
  const format = new Intl.NumberFormat(INTL_LOCALES[locale], {
    style: 'unit',
    unit: 'percent',
    maximumFractionDigits: 20,
  });
  return format.format(text as Intl.StringNumericLiteral);
}
