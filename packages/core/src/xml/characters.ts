/**
 * Which characters XML 1.0 allows (§2.2, production `Char`). A document carrying any other —
 * control characters, U+FFFE/U+FFFF, an unpaired surrogate — is not XML, and hashing it would
 * hash something no conforming parser (ZATCA's included) reads the same way.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching forbidden control characters is the point.
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching forbidden control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The offset of the first character XML forbids, or -1. A plain character class rules out almost
 * every document first; only text with surrogates or control characters pays for the precise
 * test with look-arounds (surrogate pairs are allowed, lone halves are not).
 *
 * @example
 * ```ts
 * firstForbiddenCharacter('<a>\u0001</a>'); // 3
 * ```
 */
export function firstForbiddenCharacter(text: string): number {
  if (!SUSPECT.test(text)) return -1;
  return FORBIDDEN.exec(text)?.index ?? -1;
}
