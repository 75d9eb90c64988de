import { describe, expect, it } from 'vitest';
import { InputError } from '../../errors/input-error.ts';
import { DEFAULT_BACKOFF, nextAttemptAt, resolveBackoff, retryDelay } from './backoff.ts';

describe('outbox backoff', () => {
  const policy = { baseMs: 1000, maxMs: 10_000 };

  it('doubles the wait with each failed attempt, from the base up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempts) => retryDelay(attempts, policy))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
  });

  it('never overflows, however many attempts failed', () => {
    expect(retryDelay(10_000, policy)).toBe(10_000);
  });

  it('waits at least as long as the platform asked with Retry-After', () => {
    expect(retryDelay(1, policy, 60_000)).toBe(60_000);
    expect(retryDelay(4, policy, 10)).toBe(8000);
  });

  it('gives the next attempt time as ISO 8601', () => {
    expect(nextAttemptAt(new Date('2024-05-01T10:00:00Z'), 2, policy)).toBe('2024-05-01T10:00:02.000Z');
  });

  it('defaults to 30 seconds doubling up to 30 minutes', () => {
    expect(resolveBackoff()).toEqual(DEFAULT_BACKOFF);
    expect(DEFAULT_BACKOFF).toEqual({ baseMs: 30_000, maxMs: 1_800_000 });
    expect(resolveBackoff({ baseMs: 0 })).toEqual({ baseMs: 0, maxMs: 1_800_000 });
  });

  it('refuses negative or fractional waits and a maximum below the base', () => {
    expect(() => resolveBackoff({ baseMs: -1 })).toThrow(InputError);
    expect(() => resolveBackoff({ maxMs: 1.5 })).toThrow(InputError);
    expect(() => resolveBackoff({ baseMs: 5000, maxMs: 1000 })).toThrow(/below baseMs/);
  });
});
