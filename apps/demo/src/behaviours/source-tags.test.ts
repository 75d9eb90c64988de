import { describe, expect, it } from 'vitest';
import { SOURCE_TAGS, sourceTagsOf } from './source-tags.ts';

describe('sourceTagsOf', () => {
  it('finds the tags a source cites, each once, in order, with or without a reference after the tag', () => {
    expect(sourceTagsOf('[OAS] 208; 409 reported live by zatca-kit [RPT]')).toEqual(['OAS', 'RPT']);
    expect(sourceTagsOf('[LIVE ERPGulf/zatca_erpgulf#45] flat body; [OAS] list body; [LIVE x#1]')).toEqual([
      'LIVE',
      'OAS',
    ]);
    expect(sourceTagsOf('code and text undocumented [OAS examples name 222222 only]')).toEqual(['OAS']);
  });

  it('finds none in a source without tags, and ignores brackets that are not tags', () => {
    expect(sourceTagsOf('no evidence')).toEqual([]);
    expect(sourceTagsOf('[sic] [NOPE] [oas] OAS')).toEqual([]);
  });
});

describe('SOURCE_TAGS', () => {
  it('explains every tag in English and Arabic', () => {
    for (const [tag, names] of Object.entries(SOURCE_TAGS)) {
      expect(names.en, tag).not.toBe('');
      expect(names.ar, tag).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
