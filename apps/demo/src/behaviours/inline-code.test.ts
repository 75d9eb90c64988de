import { describe, expect, it } from 'vitest';
import { splitInlineCode } from './inline-code.ts';

describe('splitInlineCode', () => {
  it('splits a text at its backticks into plain and code parts', () => {
    expect(splitInlineCode('409 `NOT_CLEARED`, `clearedInvoice` null')).toEqual([
      { text: '409 ', code: false },
      { text: 'NOT_CLEARED', code: true },
      { text: ', ', code: false },
      { text: 'clearedInvoice', code: true },
      { text: ' null', code: false },
    ]);
  });

  it('leaves a text without backticks whole, and drops empty parts', () => {
    expect(splitInlineCode('Taken as sent.')).toEqual([{ text: 'Taken as sent.', code: false }]);
    expect(splitInlineCode('`flat`')).toEqual([{ text: 'flat', code: true }]);
    expect(splitInlineCode('')).toEqual([]);
  });

  it('keeps an unmatched backtick as text', () => {
    expect(splitInlineCode('a `b` c `d')).toEqual([
      { text: 'a ', code: false },
      { text: 'b', code: true },
      { text: ' c `d', code: false },
    ]);
  });
});
