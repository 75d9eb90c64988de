/** How the live-difference table reads the files' examples as the platform sends them. */
import { describe, expect, it } from 'vitest';
import { flattenedErrorList, withoutValueWrapper } from './live-differences.ts';

describe('withoutValueWrapper', () => {
  it('unwraps an example put in an examples-entry wrapper, and leaves a bare one alone', () => {
    expect(withoutValueWrapper({ value: { requestID: 1, tokenType: null } })).toEqual({
      requestID: 1,
      tokenType: null,
    });
    expect(withoutValueWrapper({ value: 1, other: 2 })).toEqual({ value: 1, other: 2 });
    expect(withoutValueWrapper('text')).toBe('text');
  });
});

describe('flattenedErrorList', () => {
  it("reads ERR-LIST's single entry as ERR-FLAT, and leaves other bodies alone", () => {
    const entry = { code: 'Missing-OTP', message: 'OTP is required field' };
    expect(flattenedErrorList({ errors: [entry] })).toEqual(entry);
    expect(flattenedErrorList({ errors: [entry, entry] })).toEqual({ errors: [entry, entry] });
    expect(flattenedErrorList(entry)).toEqual(entry);
  });
});
