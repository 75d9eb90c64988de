import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/input-error.ts';
import { defaultRetryDelay, resolveRetryPolicy, retryAfterMs } from './retry.ts';

describe('retry policy', () => {
  it('backs off exponentially from 500 ms and never waits more than 10 s', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(defaultRetryDelay)).toEqual([
      500, 1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
  });

  it('fills in two retries and a 60 s Retry-After ceiling by default, and none when retry is false', () => {
    expect(resolveRetryPolicy(undefined)).toMatchObject({ limit: 2, maxRetryAfterMs: 60_000 });
    expect(resolveRetryPolicy(false).limit).toBe(0);
    const delayMs = () => 0;
    expect(resolveRetryPolicy({ limit: 5, delayMs })).toMatchObject({ limit: 5, delayMs });
  });

  it('refuses a negative or fractional limit', () => {
    expect(() => resolveRetryPolicy({ limit: -1 })).toThrow(InputError);
    expect(() => resolveRetryPolicy({ limit: 1.5 })).toThrow(InputError);
    expect(() => resolveRetryPolicy({ maxRetryAfterMs: Number.NaN })).toThrow(InputError);
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores what it cannot read', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('0')).toBe(0);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
