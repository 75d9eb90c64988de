import { describe, expect, it } from 'vitest';
import type { InvoiceResult } from '../../api/invoice-result.ts';
import { AlreadySubmittedError } from '../../errors/already-submitted-error.ts';
import type { ZatcaValidationResults } from '../../errors/api-error.ts';
import { ClearanceDisabledError } from '../../errors/clearance-disabled-error.ts';
import { NetworkError } from '../../errors/network-error.ts';
import { RateLimitedError } from '../../errors/rate-limited-error.ts';
import { RejectedError } from '../../errors/rejected-error.ts';
import { ServerError } from '../../errors/server-error.ts';
import { TimeoutError } from '../../errors/timeout-error.ts';
import type { SubmissionRecord } from '../store/store.ts';
import { settleAccepted, settleFailure } from './submission-outcome.ts';

const now = new Date('2024-05-01T10:00:00.000Z');
const backoff = { baseMs: 1000, maxMs: 60_000 };
const clearance: SubmissionRecord = { route: 'clearance', state: 'pending', attempts: 1 };
const reporting: SubmissionRecord = { route: 'reporting', state: 'pending', attempts: 1 };
const message = (type: string, code: string) => ({
  type,
  code,
  category: 'KSA',
  message: code,
  status: type,
});
const results = (errors: string[], warnings: string[] = []): ZatcaValidationResults => ({
  infoMessages: [],
  warningMessages: warnings.map((code) => message('WARNING', code)),
  errorMessages: errors.map((code) => message('ERROR', code)),
  status: errors.length > 0 ? 'ERROR' : warnings.length > 0 ? 'WARNING' : 'PASS',
});

describe('settling a submission', () => {
  it('clears a standard document and keeps the stamped XML ZATCA returned', () => {
    const result: InvoiceResult = {
      status: 'accepted-with-warnings',
      httpStatus: 202,
      validationResults: results([], ['BR-KSA-08']),
      clearanceStatus: 'CLEARED',
      clearedInvoice: '<Invoice>stamped</Invoice>',
    };
    expect(settleAccepted(clearance, result, now)).toEqual({
      route: 'clearance',
      state: 'cleared',
      attempts: 1,
      messages: [message('WARNING', 'BR-KSA-08')],
      clearedXml: '<Invoice>stamped</Invoice>',
      settledAt: '2024-05-01T10:00:00.000Z',
    });
  });

  it('reports a simplified document', () => {
    const result: InvoiceResult = {
      status: 'accepted',
      httpStatus: 200,
      validationResults: results([]),
      reportingStatus: 'REPORTED',
    };
    expect(settleAccepted(reporting, result, now).state).toBe('reported');
  });

  it('rejects on a 400 and keeps ZATCA errors before its warnings', () => {
    const error = new RejectedError('no', {
      status: 400,
      validationResults: results(['KSA-13'], ['BR-KSA-98']),
    });
    const settled = settleFailure(reporting, error, { now, backoff });
    expect(settled).toMatchObject({ state: 'rejected', settledAt: now.toISOString() });
    expect(settled !== 'reroute' && settled.messages?.map((m) => m.code)).toEqual(['KSA-13', 'BR-KSA-98']);
  });

  it('settles a 409 after our own retry as accepted, never as a new document', () => {
    const error = new AlreadySubmittedError('dup', {
      status: 409,
      afterRetry: true,
      validationResults: results([]),
    });
    expect(settleFailure(reporting, error, { now, backoff })).toMatchObject({ state: 'reported' });
    expect(settleFailure(clearance, error, { now, backoff })).toMatchObject({ state: 'cleared' });
  });

  it('keeps the stamped XML a 409 on clearance carries again', () => {
    const error = new AlreadySubmittedError('dup', {
      status: 409,
      afterRetry: false,
      validationResults: results([]),
      clearedInvoice: '<Invoice>stamped</Invoice>',
    });
    expect(settleFailure({ ...clearance, attempts: 2 }, error, { now, backoff })).toMatchObject({
      state: 'cleared',
      clearedXml: '<Invoice>stamped</Invoice>',
    });
  });

  it('settles a 409 on a later attempt of ours as accepted even when its answer lists errors', () => {
    const error = new AlreadySubmittedError('dup', {
      status: 409,
      afterRetry: false,
      validationResults: results(['Duplicate-Invoice']),
    });
    expect(settleFailure({ ...reporting, attempts: 2 }, error, { now, backoff })).toMatchObject({
      state: 'reported',
    });
  });

  it('settles a first-attempt 409 as accepted when its body is either of ZATCA’s duplicate answers', () => {
    const oas = new AlreadySubmittedError('dup', {
      status: 409,
      afterRetry: false,
      validationResults: {
        ...results([]),
        status: 'ERROR',
        errorMessages: [
          {
            type: 'ERROR',
            code: '',
            category: '',
            message: 'Invoice was already Reported successfully earlier.',
            status: 'ERROR',
          },
        ],
      },
    });
    const forum = new AlreadySubmittedError('dup', {
      status: 409,
      afterRetry: false,
      validationResults: {
        ...results([]),
        status: 'ERROR',
        errorMessages: [
          {
            type: 'ERROR',
            code: 'Invoice-Errors',
            category: 'Duplicate-Invoice',
            message: 'Invoice Hash Previously Submitted',
            status: 'ERROR',
          },
        ],
      },
    });
    for (const error of [oas, forum]) {
      const settled = settleFailure(reporting, error, { now, backoff });
      expect(settled).toMatchObject({ state: 'reported', settledAt: now.toISOString() });
      // The duplicate answer stays with the document, to show why it counts as reported.
      expect(settled !== 'reroute' && settled.messages?.[0]?.message).toMatch(/earlier|previously/i);
    }
  });

  it('keeps a first-attempt 409 that says nothing of a duplicate pending for follow-up, never rejected', () => {
    const error = new AlreadySubmittedError('conflict', {
      status: 409,
      afterRetry: false,
      validationResults: results(['Some-Conflict']),
    });
    const first = settleFailure(reporting, error, { now, backoff });
    expect(first).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: { code: 'api-already-submitted', status: 409 },
      followUp: { reason: 'unexplained-conflict' },
    });
    // Sent again, the same answer confirms nothing: it answers a 409, not a lost answer.
    const again = settleFailure({ ...(first as SubmissionRecord), attempts: 2 }, error, { now, backoff });
    expect(again).toMatchObject({ state: 'pending', followUp: { reason: 'unexplained-conflict' } });
  });

  it('settles a 409 after an attempt whose outcome was unknown as accepted', () => {
    const error = new AlreadySubmittedError('dup', { status: 409, afterRetry: false });
    const afterTimeout: SubmissionRecord = {
      ...reporting,
      attempts: 2,
      lastError: { code: 'timeout', message: 'no answer' },
    };
    expect(settleFailure(afterTimeout, error, { now, backoff })).toMatchObject({ state: 'reported' });
  });

  it('flags a clearance a 409 confirms without stamped XML for follow-up, and keeps XML stored earlier', () => {
    const error = new AlreadySubmittedError('dup', { status: 409, afterRetry: true });
    expect(settleFailure(clearance, error, { now, backoff })).toMatchObject({
      state: 'cleared',
      followUp: { reason: 'cleared-xml-missing' },
    });
    const stored = settleFailure({ ...clearance, clearedXml: '<Invoice>stamped</Invoice>' }, error, {
      now,
      backoff,
    });
    expect(stored).toMatchObject({ state: 'cleared', clearedXml: '<Invoice>stamped</Invoice>' });
    expect(stored !== 'reroute' && stored.followUp).toBeUndefined();
  });

  it('flags an accepted clearance answer without stamped XML for follow-up', () => {
    const result: InvoiceResult = {
      status: 'accepted',
      httpStatus: 208,
      validationResults: results([]),
      clearanceStatus: 'CLEARED',
    };
    expect(settleAccepted(clearance, result, now)).toMatchObject({
      state: 'cleared',
      followUp: { reason: 'cleared-xml-missing' },
    });
  });

  it('reroutes a standard document to reporting when clearance is switched off (303)', () => {
    const error = new ClearanceDisabledError('off', { status: 303 });
    expect(settleFailure(clearance, error, { now, backoff })).toBe('reroute');
  });

  it.each([
    ['a 5xx', new ServerError('down', { status: 503 })],
    ['a timeout whose outcome is unknown', new TimeoutError('slow')],
    ['a lost connection', new NetworkError('gone')],
  ])('keeps the document pending after %s, with the error and a backoff time', (_, error) => {
    expect(settleFailure({ ...reporting, attempts: 3 }, error, { now, backoff })).toEqual({
      route: 'reporting',
      state: 'pending',
      attempts: 3,
      nextAttemptAt: '2024-05-01T10:00:04.000Z',
      lastError: {
        code: error.code,
        message: error.message,
        ...(error instanceof ServerError ? { status: 503 } : {}),
      },
    });
  });

  it('waits as long as a 429 asks', () => {
    const error = new RateLimitedError('slow down', { status: 429, retryAfterMs: 120_000 });
    expect(settleFailure(reporting, error, { now, backoff })).toMatchObject({
      state: 'pending',
      nextAttemptAt: '2024-05-01T10:02:00.000Z',
    });
  });

  it('lets a programming error through instead of recording it', () => {
    expect(() => settleFailure(reporting, new TypeError('bug'), { now, backoff })).toThrow(TypeError);
  });
});
