import { describe, expect, it } from 'vitest';
import { isOverdue, REPORTING_WINDOW_MS, reportingDeadline } from './deadline.ts';

describe('reporting deadline', () => {
  it('falls 24 hours after the issue moment (BR-KSA-98)', () => {
    expect(REPORTING_WINDOW_MS).toBe(86_400_000);
    expect(reportingDeadline('2024-05-01T10:00:00.000Z').toISOString()).toBe('2024-05-02T10:00:00.000Z');
    expect(reportingDeadline(new Date('2024-02-28T23:30:00Z')).toISOString()).toBe(
      '2024-02-29T23:30:00.000Z',
    );
  });

  it('is overdue only after the deadline has passed', () => {
    const issuedAt = '2024-05-01T10:00:00.000Z';
    expect(isOverdue(issuedAt, new Date('2024-05-02T10:00:00.000Z'))).toBe(false);
    expect(isOverdue(issuedAt, new Date('2024-05-02T10:00:00.001Z'))).toBe(true);
  });

  it('refuses an issue moment that is not a date', () => {
    expect(() => reportingDeadline('yesterday')).toThrow(RangeError);
  });
});
