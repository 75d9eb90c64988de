import { describe, expect, it } from 'vitest';
import { XmlError } from '../errors/xml-error.ts';
import { parseXml } from './parse.ts';

const expectXmlError = (text: string, code: string) => {
  expect(() => parseXml(text)).toThrow(expect.objectContaining({ name: 'XmlError', code }));
};

describe('parseXml', () => {
  it('parses namespaces', () => {
    const doc = parseXml('<a xmlns="urn:a" xmlns:b="urn:b"><b:c/></a>');
    expect(doc.documentElement?.namespaceURI).toBe('urn:a');
    expect(doc.documentElement?.firstChild).toMatchObject({ localName: 'c', namespaceURI: 'urn:b' });
  });

  it('refuses an external entity (XXE) before reading anything', () => {
    expectXmlError(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>',
      'xml-doctype-forbidden',
    );
  });

  it('refuses the billion laughs instantly', () => {
    const laughs = [
      '<!DOCTYPE lolz [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']><lolz>&lol9;</lolz>',
    ].join('');
    const started = performance.now();
    expectXmlError(laughs, 'xml-doctype-forbidden');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a lower-case or bare DOCTYPE too', () => {
    expectXmlError('<!doctype x><x/>', 'xml-doctype-forbidden');
    expectXmlError('<!DOCTYPE x><x/>', 'xml-doctype-forbidden');
  });

  it('refuses an unknown entity instead of keeping it as text', () => {
    expectXmlError('<x>&nbsp;</x>', 'xml-malformed');
  });

  it('refuses malformed documents', () => {
    for (const text of [
      '',
      'plain text',
      '<x><y></x>',
      '<x a="1" a="2"/>',
      '<x></x><y/>',
      '<p:x/>',
      '<x a="<"/>',
    ]) {
      expect(() => parseXml(text), text).toThrow(XmlError);
    }
  });

  it('refuses characters XML forbids', () => {
    expectXmlError('<x>\u0001</x>', 'xml-invalid-character');
    expectXmlError('<x>\uD800</x>', 'xml-invalid-character');
    expect(parseXml('<x>\uD83D\uDE00</x>').documentElement?.textContent).toBe('\uD83D\uDE00');
  });

  it('refuses a non-string with a typed error', () => {
    expect(() => parseXml(undefined as unknown as string)).toThrow(XmlError);
  });

  it('ignores a byte-order mark and normalizes line ends', () => {
    expect(parseXml('\uFEFF<x>a\r\nb\rc</x>').documentElement?.textContent).toBe('a\nb\nc');
  });
});
