/**
 * The simulator's behaviour texts mark codes, bodies and header names with backticks, as Markdown
 * does (`` `NOT_CLEARED` ``); the panel shows those parts as code. This splits a text into its
 * plain and code parts, so the component renders them without parsing Markdown or setting HTML.
 */

/** A run of text, code or not. */
export interface TextPart {
  readonly text: string;
  readonly code: boolean;
}

/**
 * Splits `text` at its backticks: odd-numbered parts are code. An unmatched backtick is kept as
 * text; empty parts are dropped.
 *
 * @example
 * ```ts
 * splitInlineCode('409 `NOT_CLEARED`, no body');
 * // [{ text: '409 ', code: false }, { text: 'NOT_CLEARED', code: true }, { text: ', no body', code: false }]
 * ```
 */
export function splitInlineCode(text: string): TextPart[] {
  const pieces = text.split('`');
  // An odd number of backticks leaves the last one unmatched: it belongs to the text after it.
  if (pieces.length % 2 === 0) pieces.splice(-2, 2, `${pieces.at(-2)}\`${pieces.at(-1)}`);
  return pieces
    .map((piece, index) => ({ text: piece, code: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
