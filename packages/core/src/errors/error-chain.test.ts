import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { EgsError } from './egs-error.ts';
import { findCause, isFatooraError } from './error-chain.ts';
import { FatooraError } from './fatoora-error.ts';

const answer = new ApiError('rejected', 'ZATCA rejected the request', { status: 400, errors: [] } as never);

describe('findCause', () => {
  it('finds the error itself, or the first one down its cause chain that matches', () => {
    const wrapped = new EgsError('onboarding-failed', 'The compliance CSID request failed', {
      cause: answer,
    });
    const isApiError = (cause: unknown): cause is ApiError => cause instanceof ApiError;
    expect(findCause(answer, isApiError)).toBe(answer);
    expect(findCause(wrapped, isApiError)).toBe(answer);
    expect(findCause(new Error('outer', { cause: wrapped }), isApiError)).toBe(answer);
    expect(findCause(new Error('plain'), isApiError)).toBeUndefined();
    expect(findCause(undefined, isApiError)).toBeUndefined();
  });

  it('ends on a chain that loops back on itself', () => {
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    Object.defineProperty(first, 'cause', { value: second });
    expect(findCause(first, (cause): cause is ApiError => cause instanceof ApiError)).toBeUndefined();
  });
});

describe('isFatooraError', () => {
  it("tells fatoora's errors from others, also when they come from another copy of the package", () => {
    expect(isFatooraError(answer)).toBe(true);
    expect(isFatooraError(new FatooraError('x', 'y'))).toBe(true);
    expect(isFatooraError(new Error('plain'))).toBe(false);
    expect(isFatooraError({ code: 'x', message: 'y' })).toBe(false);
    // The error class of another copy: another prototype chain, the same registered brand.
    class OtherCopyError extends Error {}
    Object.defineProperty(OtherCopyError.prototype, Symbol.for('@fatoora/core/error'), { value: true });
    expect(new OtherCopyError('z') instanceof FatooraError).toBe(false);
    expect(isFatooraError(new OtherCopyError('z'))).toBe(true);
  });
});
