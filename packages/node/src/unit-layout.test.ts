import { join } from 'node:path';
import { InputError } from '@fatoora/core/errors';
import { describe, expect, it } from 'vitest';
import { documentPath, unitDirectoryName, unitLayout } from './unit-layout.ts';

describe('unit layout', () => {
  it('keeps a plain unit id as it is', () => {
    expect(unitDirectoryName('till-1_A')).toBe('till-1_A');
  });

  it('percent-encodes everything that is not safe in a file name, dots included', () => {
    expect(unitDirectoryName('1-TST|2-TST|3-a/b')).toBe('1-TST%7C2-TST%7C3-a%2Fb');
    expect(unitDirectoryName('..')).toBe('%2E%2E');
    expect(unitDirectoryName("~*!'()")).toBe('%7E%2A%21%27%28%29');
    expect(unitDirectoryName('فرع')).toBe('%D9%81%D8%B1%D8%B9');
  });

  it('gives distinct ids distinct directories', () => {
    const ids = ['a.b', 'a%2Eb', 'a b', 'a+b', 'A.b'];
    expect(new Set(ids.map(unitDirectoryName)).size).toBe(ids.length);
  });

  it('refuses an empty unit id', () => {
    expect(() => unitDirectoryName('')).toThrow(InputError);
  });

  it('places the unit files and zero-padded document files under units/', () => {
    const layout = unitLayout('/data', 'till-1');
    expect(layout).toEqual({
      directory: join('/data', 'units', 'till-1'),
      unit: join('/data', 'units', 'till-1', 'unit.json'),
      head: join('/data', 'units', 'till-1', 'head.json'),
      documents: join('/data', 'units', 'till-1', 'documents'),
      lock: join('/data', 'units', 'till-1', 'lock'),
    });
    expect(documentPath(layout, 42)).toBe(join(layout.documents, '000000000042.json'));
  });
});
