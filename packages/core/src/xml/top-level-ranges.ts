/**
 * Finds where, in the original text, the root element's start tag ends and where each of its
 * child elements begins and ends. Signing splices the signature into those places instead of
 * re-serializing the DOM, so every byte the caller wrote (quotes, entity references, spacing,
 * line ends) is kept exactly, and the hash stays the hash of the caller's own text.
 *
 * It runs only on text that `parseXml` has already accepted as well-formed, so it need not
 * diagnose errors; it does skip comments, processing instructions, CDATA sections and quoted
 * attribute values, where a `<` or `>` is not markup.
 */

/** Offsets of the root element's parts; `end` is exclusive. */
export interface TopLevelRanges {
  /** Offset just after the `>` of the root start tag. */
  readonly rootContentStart: number;
  /** Offset of the `<` of the root end tag. */
  readonly rootContentEnd: number;
  /** The root's child elements, in document order. */
  readonly children: readonly { readonly start: number; readonly end: number }[];
}

/**
 * Locates the root's content and its child elements in well-formed XML text.
 *
 * @throws {Error} only when the text is not well-formed, which callers have ruled out.
 * @example
 * ```ts
 * topLevelRanges('<a><b/> <c></c></a>').children; // [{ start: 3, end: 7 }, { start: 8, end: 15 }]
 * ```
 */
export function topLevelRanges(text: string): TopLevelRanges {
  const children: { start: number; end: number }[] = [];
  let rootContentStart = -1;
  let depth = 0;
  let index = text.indexOf('<');
  while (index !== -1) {
    const next = text.charCodeAt(index + 1);
    if (next === 0x3f /* ? */) {
      index = skipPast(text, '?>', index);
    } else if (next === 0x21 /* ! */) {
      index = text.startsWith('<!--', index) ? skipPast(text, '-->', index) : skipPast(text, ']]>', index);
    } else if (next === 0x2f /* / */) {
      depth--;
      const after = skipPast(text, '>', index);
      if (depth === 1) children[children.length - 1]!.end = after;
      if (depth === 0) return { rootContentStart, rootContentEnd: index, children };
      index = after;
    } else {
      const after = endOfStartTag(text, index);
      const selfClosing = text.charCodeAt(after - 2) === 0x2f;
      if (depth === 0) rootContentStart = after;
      else if (depth === 1) children.push({ start: index, end: after });
      if (!selfClosing) depth++;
      else if (depth === 0) return { rootContentStart, rootContentEnd: after, children };
      index = after;
    }
    index = text.indexOf('<', index);
  }
  throw new Error('topLevelRanges: text is not well-formed XML');
}

function skipPast(text: string, terminator: string, from: number): number {
  const at = text.indexOf(terminator, from);
  if (at === -1) throw new Error(`topLevelRanges: unterminated markup at ${from}`);
  return at + terminator.length;
}

/** Offset just after the `>` closing the start tag at `from`, skipping quoted values. */
function endOfStartTag(text: string, from: number): number {
  let index = from + 1;
  for (;;) {
    const code = text.charCodeAt(index);
    if (Number.isNaN(code)) throw new Error(`topLevelRanges: unterminated start tag at ${from}`);
    if (code === 0x3e /* > */) return index + 1;
    if (code === 0x22 || code === 0x27) index = text.indexOf(code === 0x22 ? '"' : "'", index + 1);
    index++;
  }
}
