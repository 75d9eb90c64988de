import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samples } from '../../test/samples.ts';
import { randomDocument } from '../../test/support/random-xml.ts';
import { XmlError } from '../errors/xml-error.ts';
import { canonicalize } from './c14n.ts';
import { parseXml } from './parse.ts';
import { readXml } from './read-xml.ts';

const viaXmldom = (text: string) => canonicalize(parseXml(text));

describe('readXml', () => {
  for (const sample of samples) {
    it(`reads ${sample.path} exactly as xmldom does`, () => {
      expect(canonicalize(readXml(sample.xml))).toBe(viaXmldom(sample.xml));
    });
  }

  it('agrees with xmldom on random documents (property)', () => {
    fc.assert(
      fc.property(randomDocument(), (text) => {
        expect(canonicalize(readXml(text))).toBe(viaXmldom(text));
        expect(canonicalize(readXml(text), { algorithm: 'exc-c14n' })).toBe(
          canonicalize(parseXml(text), { algorithm: 'exc-c14n' }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with xmldom on text, attribute, name and line-end edge cases', () => {
    const cases = [
      '<?xml version="1.0" encoding="UTF-8"?>\r\n<a x="1&#9;2\r\n3\t4" y=\'&quot;"\'>t&#13;\r\nu\rv<![CDATA[<&>\r\n]]>w</a>\r\n',
      '\uFEFF<a><?pi  data ?><!-- c --><b/>&#x1F600;&amp;&lt;&gt;&apos;&quot;</a><?after?>',
      '<a xmlns="urn:d"><b xmlns=""><c xmlns="urn:d"/></b></a>',
      '<p:a xmlns:p="urn:p" xml:lang="ar"><p:b p:x="1" y="2"/></p:a>',
      '<a\n  b = "1"\n/>',
      '<résumé xmlns:ف="urn:ar"><ف:اسم ف:نوع="١">نص</ف:اسم></résumé>',
    ];
    for (const text of cases) expect(canonicalize(readXml(text)), text).toBe(viaXmldom(text));
  });

  it('refuses every malformed document that xmldom refuses', () => {
    const cases = [
      '<a>&nbsp;</a>',
      '<a><b></a>',
      '<a></a><b/>',
      '<a x="1" x="2"/>',
      '<p:a/>',
      'text<a/>',
      '<a/>text',
      '<a x="<"/>',
      '<a',
      '<a>',
      '',
    ];
    for (const text of cases) {
      expect(() => parseXml(text), `xmldom: ${text}`).toThrow(XmlError);
      expect(() => readXml(text), text).toThrow(XmlError);
    }
  });

  it('is stricter than xmldom where xmldom is lenient', () => {
    for (const text of [
      '<a>]]></a>',
      '<a><!-- x -- y --></a>',
      '<a xmlns:p=""/>',
      '<a xmlns:p="urn:x" xmlns:q="urn:x" p:x="1" q:x="2"/>',
      '<a x=1/>',
      '<a>&#0;</a>',
    ]) {
      expect(() => readXml(text), text).toThrow(XmlError);
    }
  });

  it('says where a document is malformed', () => {
    expect(() => readXml('<a>\n  <b>\n</a>')).toThrow(
      expect.objectContaining({
        code: 'xml-malformed',
        details: expect.objectContaining({ line: 3, column: 1 }),
      }),
    );
    expect(() => readXml('<a>\n  <b>\n</a>')).toThrow('Malformed XML at line 3, column 1: </a> closes <b>.');
  });

  it('refuses DOCTYPEs (XXE, billion laughs) instantly, and forbidden characters', () => {
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><lolz>&lol9;</lolz>`;
    const started = performance.now();
    expect(() => readXml(laughs)).toThrow(expect.objectContaining({ code: 'xml-doctype-forbidden' }));
    expect(() => readXml('<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>')).toThrow(
      expect.objectContaining({ code: 'xml-doctype-forbidden' }),
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(() => readXml('<a>\u0001</a>')).toThrow(
      expect.objectContaining({ code: 'xml-invalid-character' }),
    );
    expect(() => readXml('<a>&#xFFFE;</a>')).toThrow(
      expect.objectContaining({ code: 'xml-invalid-character' }),
    );
    expect(() => readXml(undefined as unknown as string)).toThrow(XmlError);
  });
});
