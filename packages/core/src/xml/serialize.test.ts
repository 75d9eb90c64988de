import { describe, expect, it } from 'vitest';
import { samples } from '../../test/samples.ts';
import { canonicalize } from './c14n.ts';
import { parseXml } from './parse.ts';
import { serializeXml } from './serialize.ts';

describe('serializeXml', () => {
  it('writes a document that reads back to the same canonical form', () => {
    for (const { xml } of samples.slice(0, 5)) {
      const document = parseXml(xml);
      expect(canonicalize(parseXml(serializeXml(document)))).toBe(canonicalize(document));
    }
  });

  it('adds an XML declaration to a document and escapes text', () => {
    const document = parseXml('<a x="&quot;">1 &lt; 2 &amp; 3</a>');
    expect(serializeXml(document)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="&quot;">1 &lt; 2 &amp; 3</a>',
    );
    expect(serializeXml(document.documentElement!)).toBe('<a x="&quot;">1 &lt; 2 &amp; 3</a>');
  });
});
