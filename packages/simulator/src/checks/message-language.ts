/**
 * The language of the messages in `validationResults`. The platform takes `Accept-Language: en`
 * (the default) or `ar` [OAS], but no Arabic text of ZATCA's has been collected: the SDK's rule
 * files, the standards and the data dictionary carry none, and one integrator got English
 * regardless [RPT]. With the `language` behaviour at `arabic-where-known`, a message whose code has
 * a sourced Arabic text here is sent in Arabic; none has one yet, so messages stay English. The
 * simulator never translates on its own: a text goes into {@link ARABIC_MESSAGES} only with its
 * source.
 */
import type { ValidationMessage, ValidationResults } from './validation-results.ts';

/** ZATCA's Arabic message texts by code, each from a cited source. None is known yet. */
export const ARABIC_MESSAGES: Readonly<Record<string, string>> = {};

/**
 * The results with each message in Arabic where its text is known, when the caller asked for
 * Arabic and the behaviour allows it.
 *
 * @example
 * ```ts
 * inRequestedLanguage(results, 'ar', 'arabic-where-known'); // English still: no Arabic text is known
 * ```
 */
export function inRequestedLanguage(
  results: ValidationResults,
  acceptLanguage: string | undefined,
  behaviour: 'english' | 'arabic-where-known',
): ValidationResults {
  const wantsArabic = /^\s*ar\b/i.test(acceptLanguage ?? '');
  if (!wantsArabic || behaviour !== 'arabic-where-known') return results;
  const translate = (messages: readonly ValidationMessage[]) =>
    messages.map((message) => {
      const arabic = ARABIC_MESSAGES[message.code];
      return arabic === undefined ? message : { ...message, message: arabic };
    });
  return {
    ...results,
    infoMessages: translate(results.infoMessages),
    warningMessages: translate(results.warningMessages),
    errorMessages: translate(results.errorMessages),
  };
}
