/**
 * Issue 9's reproduction (349 KB of namespace declarations) is refused at once with the default
 * limits; read-xml.hostile.timing.test.ts proves the reader linear when the limits are raised.
 */

import { HOSTILE_SHAPES } from '@fatoora/test-support/hostile-xml';
import { describe, expect, it } from 'vitest';
import { XmlError } from '../errors/xml-error.ts';
import { readXml } from './read-xml.ts';

describe('reading hostile XML', () => {
  it('refuses issue 9’s namespace reproduction at once with the default limits', () => {
    const text = HOSTILE_SHAPES.namespaces(350 * 1024);
    const start = performance.now();
    expect(() => readXml(text)).toThrow(XmlError);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
