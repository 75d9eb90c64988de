import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vectors from '../../test/vectors/c14n/w3c-and-edge-cases.json';
import { type CanonicalizationAlgorithm, canonicalize } from './c14n.ts';
import { parseXml } from './parse.ts';
import type { Element } from '@xmldom/xmldom';

interface Vector {
  name: string;
  algorithm: CanonicalizationAlgorithm;
  input: string;
  expected: string;
  subtree?: string;
  inclusivePrefixes?: string[];
}

function findByLocalName(element: Element, localName: string): Element | undefined {
  if (element.localName === localName) return element;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) {
      const found = findByLocalName(child as Element, localName);
      if (found) return found;
    }
  }
  return undefined;
}

describe('canonicalize', () => {
  for (const vector of vectors as Vector[]) {
    it(`canonicalizes: ${vector.name}`, () => {
      const document = parseXml(vector.input);
      const node = vector.subtree ? findByLocalName(document.documentElement!, vector.subtree)! : document;
      const options = { algorithm: vector.algorithm, ...(vector.inclusivePrefixes ? { inclusivePrefixes: vector.inclusivePrefixes } : {}) };
      expect(canonicalize(node, options)).toBe(vector.expected);
    });
  }

  it('leaves out excluded elements and everything inside them, but not the text around them', () => {
    const document = parseXml('<a> <skip><b/></skip> <keep/> </a>');
    expect(canonicalize(document, { exclude: (element) => element.localName === 'skip' })).toBe('<a>  <keep></keep> </a>');
  });

  it('is idempotent on random documents (property)', () => {
    fc.assert(
      fc.property(randomDocument(), (text) => {
        const once = canonicalize(parseXml(text));
        expect(canonicalize(parseXml(once))).toBe(once);
        const exclusive = canonicalize(parseXml(text), { algorithm: 'exc-c14n' });
        expect(canonicalize(parseXml(exclusive), { algorithm: 'exc-c14n' })).toBe(exclusive);
      }),
      { numRuns: 300 },
    );
  });
});

/** Random well-formed XML with namespaces, attributes in any order, and characters that need escaping. */
function randomDocument(): fc.Arbitrary<string> {
  const prefix = fc.constantFrom('', 'a', 'b');
  const uri = fc.constantFrom('urn:x', 'urn:y', 'http://example.org/z');
  const text = fc.string({ unit: fc.constantFrom('a', ' ', '&', '<', '>', '"', "'", '\r', '\n', '\t', 'ش', ']]>') as fc.Arbitrary<string>, maxLength: 12 });
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');
  const tree: fc.Memo<string> = fc.memo((depth) =>
    fc
      .tuple(
        prefix,
        fc.constantFrom('e', 'f', 'g'),
        fc.array(fc.tuple(prefix, uri), { maxLength: 2 }),
        fc.uniqueArray(fc.tuple(fc.constantFrom('', 'a'), fc.constantFrom('p', 'q', 'r')), { maxLength: 3, selector: ([p, n]) => `${p}:${n}` }),
        fc.array(text, { maxLength: 3 }),
        depth > 1 ? fc.array(tree(depth - 1), { maxLength: 3 }) : fc.constant([] as string[]),
      )
      .map(([p, name, declarations, attributes, texts, children]) => {
        const declared = new Map<string, string>([['a', 'urn:a'], ['b', 'urn:b']]);
        for (const [dp, du] of declarations) declared.set(dp, du);
        const decl = [...declared].map(([dp, du]) => (dp ? ` xmlns:${dp}="${du}"` : ` xmlns="${du}"`)).join('');
        const attrs = attributes.map(([ap, an], i) => ` ${ap ? `${ap}:` : ''}${an}="${escape(texts[i] ?? 'v')}"`).join('');
        const qname = `${p ? `${p}:` : ''}${name}`;
        const content = children.map((child, i) => escape(texts[i] ?? '') + child).join('');
        return `<${qname}${decl}${attrs}>${content}</${qname}>`;
      }),
  );
  return tree(3);
}
