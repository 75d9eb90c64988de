import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endSentence } from './end-sentence.ts';

describe('endSentence', () => {
  it('adds a period to a sentence without final punctuation', () => {
    expect(endSentence('The OTP is not valid')).toBe('The OTP is not valid.');
    expect(endSentence('see (and 2 more) ')).toBe('see (and 2 more).');
  });

  it('keeps the final punctuation a sentence already has', () => {
    expect(endSentence('The OTP is not valid.')).toBe('The OTP is not valid.');
    expect(endSentence('Really?')).toBe('Really?');
    expect(endSentence('Wait…')).toBe('Wait…');
  });

  it('ends every text with one mark, adding at most a period, and is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom('', '.', '!', ' ', '. '), (text, end) => {
        const sentence = endSentence(text + end);
        expect(sentence).toMatch(/[.!?…]$/u);
        expect(endSentence(sentence)).toBe(sentence);
        const trimmed = (text + end).trimEnd();
        expect(sentence === trimmed || sentence === `${trimmed}.`).toBe(true);
        if (/[.!?…]$/u.test(trimmed)) expect(sentence).toBe(trimmed);
      }),
    );
  });
});
