import { describe, expect, it } from 'vitest';
import { formatMessage, MESSAGES } from './messages.ts';

describe('the messages', () => {
  it('have an Arabic text for every English one, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, english] of Object.entries(MESSAGES.en)) {
      const arabic = MESSAGES.ar[key as keyof typeof MESSAGES.ar];
      expect(arabic, key).toBeTruthy();
      expect(placeholders(arabic), key).toEqual(placeholders(english));
    }
  });

  it('fill in placeholders and leave unknown ones as they are', () => {
    expect(formatMessage('en', 'drained', { settled: 2, remaining: 0 })).toBe('Sent 2; 0 still waiting.');
    expect(formatMessage('ar', 'chainHead', {})).toBe('رأس السلسلة: العداد {icv}');
  });
});
