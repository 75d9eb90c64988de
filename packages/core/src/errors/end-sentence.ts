/**
 * Error messages are sentences that end with one period, including those that quote a message
 * of someone else's (ZATCA's validation messages, a DOMException's) which may already end with
 * one: {@link endSentence} adds the period only when the text lacks final punctuation, so a
 * message never ends with "..". Internal to the core's error messages, not exported.
 */

/** Punctuation that already ends a sentence (an ellipsis included). */
const FINAL_PUNCTUATION = /[.!?…]$/u;

/**
 * `text` (trailing blanks trimmed) ending with exactly the punctuation it had, or a period if it
 * had none.
 *
 * @throws nothing.
 * @example
 * ```ts
 * endSentence('The OTP is not valid');  // 'The OTP is not valid.'
 * endSentence('The OTP is not valid.'); // 'The OTP is not valid.'
 * ```
 */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return FINAL_PUNCTUATION.test(trimmed) ? trimmed : `${trimmed}.`;
}
