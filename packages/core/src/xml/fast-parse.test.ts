import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samples } from '../../test/samples.ts';
import { randomDocument } from '../../test/support/random-xml.ts';
import { canonicalize } from './c14n.ts';
import { parseXmlFast, readXml } from './fast-parse.ts';
import { parseXml } from './parse.ts';

const viaXmldom = (text: string) => canonicalize(parseXml(text));

describe('parseXmlFast', () => {
  for (const sample of samples) {
    it(`reads ${sample.path} itself and agrees with xmldom`, () => {
      const fast = parseXmlFast(sample.xml);
      expect(fast).toBeDefined();
      expect(canonicalize(fast!)).toBe(viaXmldom(sample.xml));
    });
  }

  it('agrees with xmldom on random documents (property)', () => {
    fc.assert(
      fc.property(randomDocument(), (text) => {
        const fast = parseXmlFast(text);
        expect(fast).toBeDefined();
        expect(canonicalize(fast!)).toBe(viaXmldom(text));
        expect(canonicalize(fast!, { algorithm: 'exc-c14n' })).toBe(
          canonicalize(parseXml(text), { algorithm: 'exc-c14n' }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with xmldom on text, attribute and line-end edge cases', () => {
    const cases = [
      '<?xml version="1.0" encoding="UTF-8"?>\r\n<a x="1&#9;2\r\n3\t4" y=\'&quot;"\'>t&#13;\r\nu\rv<![CDATA[<&>\r\n]]>w</a>\r\n',
      '\uFEFF<a><?pi  data ?><!-- c --><b/>&#x1F600;&amp;&lt;&gt;&apos;&quot;</a><?after?>',
      '<a xmlns="urn:d"><b xmlns=""><c xmlns="urn:d"/></b></a>',
      '<p:a xmlns:p="urn:p" xml:lang="ar"><p:b p:x="1" y="2"/></p:a>',
      '<a\n  b = "1"\n/>',
    ];
    for (const text of cases) {
      const fast = parseXmlFast(text);
      expect(fast, text).toBeDefined();
      expect(canonicalize(fast!), text).toBe(viaXmldom(text));
    }
  });

  it('hands unusual or malformed XML to the full parser', () => {
    const cases = [
      '<!DOCTYPE a><a/>',
      '<a>&nbsp;</a>',
      '<a><b></a>',
      '<a></a><b/>',
      '<a x="1" x="2"/>',
      '<p:a/>',
      '<a xmlns:p="urn:x" xmlns:q="urn:x" p:x="1" q:x="2"/>',
      '<a>]]></a>',
      '<a><!-- x -- y --></a>',
      '<a>\u0001</a>',
      'text<a/>',
      '<a/>text',
      '<a x=1/>',
      '<a x="<"/>',
      '<a xmlns:p=""/>',
      '<résumé/>',
      '<a',
      '',
    ];
    for (const text of cases) expect(parseXmlFast(text), text).toBeUndefined();
  });
});

describe('readXml', () => {
  it('throws the same typed errors as parseXml', () => {
    for (const text of [
      '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>',
      '<a>&nbsp;</a>',
      '<a><b></a>',
      '<a>\u0001</a>',
      '',
    ]) {
      let expected: unknown;
      try {
        parseXml(text);
      } catch (error) {
        expected = error;
      }
      expect(expected, text).toBeDefined();
      expect(() => readXml(text), text).toThrow(
        expect.objectContaining({ code: (expected as { code: string }).code }),
      );
    }
  });

  it('falls back to xmldom for well-formed XML the fast reader does not handle', () => {
    const text = '<résumé xmlns="urn:x">ok</résumé>';
    expect(parseXmlFast(text)).toBeUndefined();
    expect(readXml(text).documentElement?.localName).toBe('résumé');
  });
});
