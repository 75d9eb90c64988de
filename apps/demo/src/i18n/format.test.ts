import { describe, expect, it } from 'vitest';
import { formatAmount, formatDateTime } from './format.ts';

describe('formatAmount', () => {
  it('keeps every digit of a decimal string that a float would round', () => {
    expect(formatAmount('en-SA', '90071992547409.93')).toContain('90,071,992,547,409.93');
  });

  it('writes Arabic digits in Arabic', () => {
    expect(formatAmount('ar-SA', '194.58')).toContain('١٩٤٫٥٨');
  });
});

describe('formatDateTime', () => {
  it('shows Riyadh time', () => {
    expect(formatDateTime('en-SA', '2024-05-01T07:15:00Z')).toContain('10:15');
  });
});
