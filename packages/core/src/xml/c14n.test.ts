import { randomDocument } from '@fatoora/test-support/random-xml';
import type { Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vectors from '../../test/vectors/c14n/w3c-and-edge-cases.json';
import { type CanonicalizationAlgorithm, canonicalize } from './c14n.ts';
import { parseXml } from './parse.ts';

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
      const options = {
        algorithm: vector.algorithm,
        ...(vector.inclusivePrefixes ? { inclusivePrefixes: vector.inclusivePrefixes } : {}),
      };
      expect(canonicalize(node, options)).toBe(vector.expected);
    });
  }

  it('leaves out excluded elements and everything inside them, but not the text around them', () => {
    const document = parseXml('<a> <skip><b/></skip> <keep/> </a>');
    expect(canonicalize(document, { exclude: (element) => element.localName === 'skip' })).toBe(
      '<a>  <keep></keep> </a>',
    );
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
