/**
 * A fast-check generator of random well-formed XML: namespaces bound and rebound, prefixed and
 * unprefixed attributes in any order, and text full of characters that need escaping or line-end
 * normalization. Used to compare canonical forms and parsers.
 */
import fc from 'fast-check';

export /** Random well-formed XML with namespaces, attributes in any order, and characters that need escaping. */
function randomDocument(): fc.Arbitrary<string> {
  const prefix = fc.constantFrom('', 'a', 'b');
  const uri = fc.constantFrom('urn:x', 'urn:y', 'http://example.org/z');
  const text = fc.string({
    unit: fc.constantFrom(
      'a',
      ' ',
      '&',
      '<',
      '>',
      '"',
      "'",
      '\r',
      '\n',
      '\t',
      'ش',
      ']]>',
    ) as fc.Arbitrary<string>,
    maxLength: 12,
  });
  const escapeXml = (value: string) =>
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\r/g, '&#13;');
  const tree: fc.Memo<string> = fc.memo((depth) =>
    fc
      .tuple(
        prefix,
        fc.constantFrom('e', 'f', 'g'),
        fc.array(fc.tuple(prefix, uri), { maxLength: 2 }),
        fc.uniqueArray(fc.tuple(fc.constantFrom('', 'a'), fc.constantFrom('p', 'q', 'r')), {
          maxLength: 3,
          selector: ([p, n]) => `${p}:${n}`,
        }),
        fc.array(text, { maxLength: 3 }),
        depth > 1 ? fc.array(tree(depth - 1), { maxLength: 3 }) : fc.constant([] as string[]),
      )
      .map(([p, name, declarations, attributes, texts, children]) => {
        const declared = new Map<string, string>([
          ['a', 'urn:a'],
          ['b', 'urn:b'],
        ]);
        for (const [dp, du] of declarations) declared.set(dp, du);
        const decl = [...declared]
          .map(([dp, du]) => (dp ? ` xmlns:${dp}="${du}"` : ` xmlns="${du}"`))
          .join('');
        const attrs = attributes
          .map(([ap, an], i) => ` ${ap ? `${ap}:` : ''}${an}="${escapeXml(texts[i] ?? 'v')}"`)
          .join('');
        const qname = `${p ? `${p}:` : ''}${name}`;
        const content = children.map((child, i) => escapeXml(texts[i] ?? '') + child).join('');
        return `<${qname}${decl}${attrs}>${content}</${qname}>`;
      }),
  );
  return tree(3);
}
