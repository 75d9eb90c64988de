/**
 * A fault's message in the reader's language: the rule table of `@fatoora/core/rules` holds every
 * rule's text in English and Arabic; a fault whose rule is not in it (an input error of another
 * family) keeps the message it came with.
 */
import type { Fault } from '@fatoora/core/errors';
import { RULES } from '@fatoora/core/rules';
import type { FatooraLocale } from './locale.ts';

/**
 * The message of a fault in a language.
 *
 * @example
 * ```ts
 * faultText({ rule: 'BR-KSA-40', severity: 'error', path: 'seller.vatNumber', message: '…' }, 'ar');
 * // the Arabic text of BR-KSA-40
 * ```
 */
export function faultText(fault: Fault, locale: FatooraLocale): string {
  if (locale === 'en' || !Object.hasOwn(RULES, fault.rule)) return fault.message;
  return RULES[fault.rule as keyof typeof RULES].ar;
}
