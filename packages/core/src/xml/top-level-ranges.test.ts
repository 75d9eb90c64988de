import { describe, expect, it } from 'vitest';
import { samples } from '../../test/samples.ts';
import { parseXml } from './parse.ts';
import { topLevelRanges } from './top-level-ranges.ts';

describe('topLevelRanges', () => {
  it('finds children past comments, CDATA, PIs and quoted angle brackets', () => {
    const text =
      '<?xml version="1.0"?><!-- <x> --><r a="<>"><a b=\'>\'/><!-- </r> --><b><![CDATA[</b>]]><c/></b>t<?p </r>?></r>';
    const ranges = topLevelRanges(text);
    expect(ranges.children.map(({ start, end }) => text.slice(start, end))).toEqual([
      "<a b='>'/>",
      '<b><![CDATA[</b>]]><c/></b>',
    ]);
    expect(text.slice(ranges.rootContentEnd)).toBe('</r>');
    expect(text.slice(0, ranges.rootContentStart).endsWith('<r a="<>">')).toBe(true);
  });

  it('handles a self-closing root', () => {
    expect(topLevelRanges('<r/>')).toEqual({ rootContentStart: 4, rootContentEnd: 4, children: [] });
  });

  it('agrees with the DOM on the children of every SDK sample', () => {
    for (const { xml } of samples) {
      const root = parseXml(xml).documentElement!;
      const names: string[] = [];
      for (let child = root.firstChild; child; child = child.nextSibling)
        if (child.nodeType === 1) names.push(child.nodeName);
      const found = topLevelRanges(xml).children.map(({ start, end }) => {
        const slice = xml.slice(start, end);
        expect(slice.endsWith('>')).toBe(true);
        return /^<([^\s/>]+)/.exec(slice)![1];
      });
      expect(found).toEqual(names);
    }
  });
});
