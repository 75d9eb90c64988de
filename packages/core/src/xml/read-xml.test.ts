import { randomDocument } from '@fatoora/test-support/random-xml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samples } from '../../test/samples.ts';
import { XmlError } from '../errors/xml-error.ts';
import { canonicalize } from './c14n.ts';
import { firstInvalidUtf8Byte } from './decode-xml-bytes.ts';
import { parseXml } from './parse.ts';
import { DEFAULT_XML_LIMITS } from './read-limits.ts';
import { readXml, toXmlText } from './read-xml.ts';

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
      '<a>&toString;</a>',
      '<a b="&constructor;"/>',
      '<a>&__proto__;</a>',
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

  describe('limits', () => {
    const refusal = (code: string, line: number, column: number) =>
      expect.objectContaining({ code, details: expect.objectContaining({ line, column }) });

    it('refuses nesting deeper than maxDepth, at the element that crosses it', () => {
      const depth = (n: number) => `${'<a>'.repeat(n)}${'</a>'.repeat(n)}`;
      expect(() => readXml(depth(64))).not.toThrow();
      expect(() => readXml(depth(65))).toThrow(refusal('xml-too-deep', 1, 193));
      expect(() => readXml(depth(5), { maxDepth: 4 })).toThrow(refusal('xml-too-deep', 1, 13));
      expect(() => readXml(depth(100_000))).toThrow(expect.objectContaining({ code: 'xml-too-deep' }));
    });

    it('reads 100,000 levels without recursion when the caller raises maxDepth', () => {
      const n = 100_000;
      const document = readXml(`${'<a>'.repeat(n)}x${'</a>'.repeat(n)}`, { maxDepth: n });
      expect(document.documentElement!.textContent).toBe('x');
      expect(canonicalize(document)).toHaveLength(7 * n + 1);
    });

    it('refuses too many attributes on one element', () => {
      const attributes = (n: number) => Array.from({ length: n }, (_, i) => ` a${i}="1"`).join('');
      expect(() => readXml(`<r${attributes(64)}/>`)).not.toThrow();
      expect(() => readXml(`<r${attributes(65)}/>`)).toThrow(
        expect.objectContaining({ code: 'xml-too-many-attributes' }),
      );
      expect(() => readXml(`<r>\n<s${attributes(3)}/></r>`, { maxAttributesPerElement: 2 })).toThrow(
        refusal('xml-too-many-attributes', 2, 18),
      );
    });

    it('refuses too many namespace declarations on one element and in the document', () => {
      const declare = (n: number, tag = 'r') =>
        `<${tag}${Array.from({ length: n }, (_, i) => ` xmlns:p${i}="urn:${i}"`).join('')}/>`;
      expect(() => readXml(declare(32))).not.toThrow();
      expect(() => readXml(declare(33))).toThrow(
        expect.objectContaining({
          code: 'xml-too-many-namespaces',
          details: expect.objectContaining({ limit: 32 }),
        }),
      );
      const many = `<r>${Array.from({ length: 257 }, (_, i) => `<a xmlns:q="urn:${i}"/>`).join('')}</r>`;
      expect(() => readXml(many)).toThrow(
        expect.objectContaining({
          code: 'xml-too-many-namespaces',
          details: expect.objectContaining({ limit: 256 }),
        }),
      );
      expect(() => readXml(many, { maxNamespaceDeclarations: 257 })).not.toThrow();
    });

    it('refuses input longer than maxLength, in characters or bytes, before reading it', () => {
      expect(() => readXml('<a>ر</a>', { maxLength: 8 })).not.toThrow();
      expect(() => readXml('<a>رر</a>', { maxLength: 8 })).toThrow(
        expect.objectContaining({ code: 'xml-too-large', details: { length: 9, limit: 8 } }),
      );
      expect(() => readXml(new TextEncoder().encode('<a>ر</a>'), { maxLength: 8 })).toThrow(
        expect.objectContaining({ code: 'xml-too-large', details: { length: 9, limit: 8 } }),
      );
    });

    it('refuses a limit that is not a positive whole number', () => {
      for (const maxDepth of [0, -1, 1.5, Number.NaN, '10' as unknown as number]) {
        expect(() => readXml('<a/>', { maxDepth }), String(maxDepth)).toThrow(
          expect.objectContaining({ code: 'invalid-input', field: 'maxDepth' }),
        );
      }
      expect(DEFAULT_XML_LIMITS.maxDepth).toBe(64);
    });
  });

  describe('encodings', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);

    it('reads UTF-8 bytes exactly as the same text', () => {
      const text = '<?xml version="1.0" encoding="UTF-8"?><a x="é">اسم 😀</a>';
      expect(canonicalize(readXml(utf8(text)))).toBe(canonicalize(readXml(text)));
    });

    it('refuses bytes that are not UTF-8, naming the byte offset', () => {
      const bytes = utf8('<a>é</a>');
      for (const [bad, offset] of [
        [[0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e], 3], // never valid
        [[0x3c, 0x61, 0x3e, 0xc3, 0x3c, 0x2f, 0x61, 0x3e], 3], // truncated sequence
        [[0x3c, 0x61, 0x3e, 0xc0, 0xaf, 0x3c, 0x2f, 0x61, 0x3e], 3], // overlong "/"
        [[0x3c, 0x61, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x61, 0x3e], 3], // a surrogate
        [[0x3c, 0x61, 0x3e, 0xf4, 0x90, 0x80, 0x80, 0x3c, 0x2f, 0x61, 0x3e], 3], // above U+10FFFF
        [[...bytes.slice(0, 5), 0xe9, ...bytes.slice(5)], 5], // Latin-1 é after a UTF-8 one
      ] as const) {
        const input = Uint8Array.from(bad);
        expect(() => readXml(input), String(bad)).toThrow(
          expect.objectContaining({ code: 'xml-encoding-invalid', details: { offset } }),
        );
        expect(firstInvalidUtf8Byte(input)).toBe(offset);
      }
      expect(firstInvalidUtf8Byte(bytes)).toBe(bytes.length);
    });

    it('refuses a declared encoding other than UTF-8, and any version but 1.0', () => {
      for (const declaration of [
        '<?xml version="1.0" encoding="ISO-8859-1"?>',
        "<?xml version='1.0' encoding='windows-1256'?>",
        '<?xml version="1.0" encoding="UTF-16"?>',
      ]) {
        expect(() => readXml(`${declaration}<a>é</a>`), declaration).toThrow(
          expect.objectContaining({ code: 'xml-encoding-unsupported' }),
        );
      }
      expect(() => readXml('<?xml version="1.1"?><a/>')).toThrow(
        expect.objectContaining({
          code: 'xml-version-unsupported',
          details: expect.objectContaining({ version: '1.1' }),
        }),
      );
      for (const ok of [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<?xml version = "1.0" standalone="yes"?>',
      ]) {
        expect(() => readXml(`${ok}<a/>`), ok).not.toThrow();
      }
    });

    it('accepts one byte-order mark, not two, and refuses UTF-16 and UTF-32 ones', () => {
      const bom = [0xef, 0xbb, 0xbf];
      expect(readXml(Uint8Array.from([...bom, ...utf8('<a/>')])).documentElement!.localName).toBe('a');
      expect(readXml('\uFEFF<a/>').documentElement!.localName).toBe('a');
      expect(() => readXml(Uint8Array.from([...bom, ...bom, ...utf8('<a/>')]))).toThrow(
        expect.objectContaining({ code: 'xml-malformed' }),
      );
      expect(() => readXml('\uFEFF\uFEFF<a/>')).toThrow(expect.objectContaining({ code: 'xml-malformed' }));
      expect(() => readXml(Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00]))).toThrow(
        expect.objectContaining({ code: 'xml-encoding-unsupported' }),
      );
    });

    it('is what toXmlText and parseXml apply too', () => {
      expect(() => toXmlText(Uint8Array.from([0x3c, 0xff]))).toThrow(
        expect.objectContaining({ code: 'xml-encoding-invalid' }),
      );
      expect(() => parseXml('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')).toThrow(
        expect.objectContaining({ code: 'xml-encoding-unsupported' }),
      );
      expect(() => parseXml(`${'<a>'.repeat(65)}${'</a>'.repeat(65)}`)).toThrow(
        expect.objectContaining({ code: 'xml-too-deep' }),
      );
      expect(() => parseXml('<a>&#0;</a>')).toThrow(
        expect.objectContaining({ code: 'xml-invalid-character' }),
      );
      expect(() => parseXml('<a>&#99999999;</a>')).toThrow(XmlError);
    });
  });
});
