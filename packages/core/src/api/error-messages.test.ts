import { describe, expect, it } from 'vitest';
import { readErrorMessages } from './error-messages.ts';
import { readValidationResults } from './validation-results.ts';

describe('reading error bodies', () => {
  it('reads the {"code","message"} shape', () => {
    expect(readErrorMessages({ code: 'Invalid-OTP', message: 'OTP is not valid' }, undefined)).toEqual([
      { code: 'Invalid-OTP', message: 'OTP is not valid' },
    ]);
  });

  it('reads the {"errors": [...]} shape with objects, strings, or a single object', () => {
    expect(readErrorMessages({ errors: [{ code: 'A', message: 'a' }, 'b'] }, undefined)).toEqual([
      { code: 'A', message: 'a' },
      { message: 'b' },
    ]);
    expect(readErrorMessages({ errors: { code: 'A', message: 'a' } }, undefined)).toEqual([
      { code: 'A', message: 'a' },
    ]);
  });

  it('takes an invoice answer’s errorMessages, keeping their category', () => {
    const body = {
      validationResults: {
        errorMessages: [
          { type: 'ERROR', code: 'KSA-13', category: 'KSA', message: 'PIH is wrong', status: 'ERROR' },
        ],
      },
      errors: null,
    };
    expect(readErrorMessages(body, readValidationResults(body))).toEqual([
      { code: 'KSA-13', category: 'KSA', message: 'PIH is wrong' },
    ]);
  });

  it('keeps a plain-text body as a message and finds nothing in an empty one', () => {
    expect(readErrorMessages('Bad Gateway', undefined)).toEqual([{ message: 'Bad Gateway' }]);
    expect(readErrorMessages(undefined, undefined)).toEqual([]);
    expect(readErrorMessages({}, undefined)).toEqual([]);
  });
});

describe('readValidationResults', () => {
  it('turns null lists into empty ones and derives a missing status from the lists', () => {
    expect(
      readValidationResults({
        validationResults: {
          infoMessages: null,
          warningMessages: [{ code: 'BR-KSA-98' }],
          errorMessages: null,
        },
      }),
    ).toEqual({
      infoMessages: [],
      warningMessages: [{ type: '', code: 'BR-KSA-98', category: '', message: '', status: '' }],
      errorMessages: [],
      status: 'WARNING',
    });
    expect(readValidationResults({ validationResults: { status: 'PASS' } })?.status).toBe('PASS');
    expect(readValidationResults({})).toBeUndefined();
  });
});
