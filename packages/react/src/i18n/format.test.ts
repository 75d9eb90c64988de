import { describe, expect, test } from 'vitest';
import { formatAmount, formatPercent, formatQuantity } from './format-amount.ts';
import { formatInvoiceDate, formatInvoiceTime } from './format-date.ts';

describe('Formatting for the reader', () => {
  test('Amounts are formatted exactly from their decimal text, in Arabic-Indic digits for Arabic.', () => {
    expect(formatAmount('1234.5', 'en')).toBe('1,234.50');
    expect(formatAmount('12345678901234567.89', 'en')).toBe('12,345,678,901,234,567.89');
    expect(formatAmount('1234.5', 'ar')).toBe('١٬٢٣٤٫٥٠');
    expect(formatAmount('0.1', 'en', { currency: 'SAR' })).toContain('0.10');
    expect(formatQuantity('2.5', 'ar')).toBe('٢٫٥');
    expect(formatAmount('12.', 'en')).toBe('12.');
  });

  test('Rates carry the percent sign where the language puts it.', () => {
    expect(formatPercent('15', 'en')).toBe('15%');
    expect(formatPercent('15', 'ar')).toMatch(/^١٥٪/);
  });

  test('Dates stay Gregorian in Arabic and never shift by time zone.', () => {
    expect(formatInvoiceDate('2024-03-05', 'en')).toMatch(/5 Mar 2024|Mar 5, 2024/);
    expect(formatInvoiceDate('2024-03-05', 'ar')).toMatch(/٢٠٢٤/);
    expect(formatInvoiceDate('05/03/2024', 'en')).toBe('05/03/2024');
    expect(formatInvoiceTime('23:59:59', 'en')).toMatch(/11:59:59/);
  });
});
