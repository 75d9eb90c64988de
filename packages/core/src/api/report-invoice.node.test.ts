import { describe, expect, it } from 'vitest';
import {
  invoiceAnswer,
  simplifiedInvoice,
  testAuthorization,
  testCredentials,
} from '../../test/support/fatoora-answers.ts';
import { testServerPerTest } from '../../test/support/test-server-per-test.ts';
import { AlreadySubmittedError } from '../errors/already-submitted-error.ts';
import { NetworkError } from '../errors/network-error.ts';
import { RateLimitedError } from '../errors/rate-limited-error.ts';
import { RejectedError } from '../errors/rejected-error.ts';
import { ServerError } from '../errors/server-error.ts';
import { TimeoutError } from '../errors/timeout-error.ts';
import { createFatooraClient } from './client.ts';
import { isDuplicateAnswer } from './duplicate-answer.ts';
import { reportInvoice } from './report-invoice.ts';
import type { RetryOptions } from './retry.ts';

const server = testServerPerTest();

const delays: number[] = [];
const client = (retry: RetryOptions | false = {}, timeoutMs = 5000) =>
  createFatooraClient({
    baseUrl: server.url,
    credentials: testCredentials,
    timeoutMs,
    retry:
      retry === false
        ? false
        : {
            limit: 2,
            delayMs: (n) => {
              delays.push(n);
              return 0;
            },
            ...retry,
          },
  });
const submission = { invoice: simplifiedInvoice.xml, invoiceHash: simplifiedInvoice.invoiceHash };
const reported = invoiceAnswer('clean', { reportingStatus: 'REPORTED' });

describe('reportInvoice', () => {
  it('posts to /invoices/reporting/single with Clearance-Status 0 and the production CSID', async () => {
    server.reply({ body: reported });
    const result = await reportInvoice(client(), submission);
    const [request] = server.requests;
    expect(request?.path).toBe('/invoices/reporting/single');
    expect(request?.headers['clearance-status']).toBe('0');
    expect(request?.headers.authorization).toBe(testAuthorization);
    expect(request?.json).toMatchObject({
      invoiceHash: simplifiedInvoice.invoiceHash,
      uuid: simplifiedInvoice.uuid,
    });
    expect(result).toEqual({
      status: 'accepted',
      httpStatus: 200,
      validationResults: expect.objectContaining({ status: 'PASS' }),
      reportingStatus: 'REPORTED',
    });
  });

  it('returns accepted-with-warnings for 202', async () => {
    server.reply({ status: 202, body: invoiceAnswer('warnings', { reportingStatus: 'REPORTED' }) });
    expect((await client().reportInvoice(submission)).status).toBe('accepted-with-warnings');
  });

  it('throws RejectedError on 400 without retrying', async () => {
    server.reply({ status: 400, body: invoiceAnswer('rejected', { reportingStatus: 'NOT_REPORTED' }) });
    await expect(client().reportInvoice(submission)).rejects.toBeInstanceOf(RejectedError);
    expect(server.requests).toHaveLength(1);
  });

  it('treats a 2xx that does not say REPORTED as a failure: NOT_REPORTED is a refusal, null is unknown', async () => {
    server.reply(
      { body: invoiceAnswer('rejected', { reportingStatus: 'NOT_REPORTED' }) },
      { status: 202, body: invoiceAnswer('warnings') },
      { body: { validationResults: { status: 'PASS' } } },
    );
    const refused = await client()
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RejectedError);
    expect(refused).toMatchObject({ status: 200, errors: [{ code: 'invalid-invoice-hash' }] });
    for (let i = 0; i < 2; i++) {
      const unknown = await client()
        .reportInvoice(submission)
        .catch((e: unknown) => e);
      expect(unknown).toMatchObject({ code: 'api-response-malformed' });
      expect((unknown as Error).message).toContain('reportingStatus null instead of REPORTED');
    }
    expect(server.requests).toHaveLength(3);
  });

  it('reads the error list under the OpenAPI spellings erroMessages and erros', async () => {
    for (const name of ['erroMessages', 'erros']) {
      server.reply({
        status: 400,
        body: {
          validationResults: {
            infoMessages: [],
            warningMessages: [],
            [name]: [
              { type: 'ERROR', code: 'BR-KSA-27', category: 'KSA', message: 'QR missing', status: 'ERROR' },
            ],
            status: 'ERROR',
          },
          reportingStatus: 'NOT_REPORTED',
        },
      });
      const error = (await client()
        .reportInvoice(submission)
        .catch((e: unknown) => e)) as RejectedError;
      expect(error.validationResults?.errorMessages.map((entry) => entry.code)).toEqual(['BR-KSA-27']);
      expect(error.errors[0]).toMatchObject({ code: 'BR-KSA-27', message: 'QR missing' });
    }
  });

  it('recognises both known bodies of ZATCA’s duplicate 409, and nothing else, as a duplicate', async () => {
    const duplicateBody = (entry: Record<string, unknown>) => ({
      validationResults: {
        infoMessages: [],
        warningMessages: [],
        errorMessages: [{ type: 'ERROR', status: 'ERROR', ...entry }],
        status: 'ERROR',
      },
      reportingStatus: 'NOT_REPORTED',
    });
    server.reply(
      {
        status: 409,
        body: duplicateBody({
          code: null,
          category: null,
          message: 'Invoice was already Reported successfully earlier.',
        }),
      },
      {
        status: 409,
        body: duplicateBody({
          code: 'Invoice-Errors',
          category: 'Duplicate-Invoice',
          message: 'Invoice Hash Previously Submitted',
        }),
      },
      { status: 409, body: duplicateBody({ code: 'Conflict', category: 'X', message: 'Something else' }) },
    );
    const answers: unknown[] = [];
    for (let i = 0; i < 3; i++)
      answers.push(
        await client()
          .reportInvoice(submission)
          .catch((e: unknown) => e),
      );
    expect(answers.every((answer) => answer instanceof AlreadySubmittedError)).toBe(true);
    expect(answers.map(isDuplicateAnswer)).toEqual([true, true, false]);
    expect(isDuplicateAnswer(new Error('Invoice Hash Previously Submitted'))).toBe(false);
  });

  it('throws AlreadySubmittedError on 409, telling whether it answered a retry', async () => {
    server.reply({
      status: 409,
      body: { code: 'Duplicate-Invoice', message: 'Invoice was already submitted' },
    });
    const first = await client()
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(first).toBeInstanceOf(AlreadySubmittedError);
    expect(first).toMatchObject({ afterRetry: false, status: 409, code: 'api-already-submitted' });

    server.reply({ status: 503 }, { status: 409 });
    const second = await client()
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(second).toMatchObject({ afterRetry: true, details: { attempts: 2 } });
  });

  it('retries 500, 502, 503 and 504 with backoff, resending the identical body, until it gets through', async () => {
    server.reply({ status: 500 }, { status: 502 }, { status: 503 }, { status: 504 }, { body: reported });
    delays.length = 0;
    const result = await client({ limit: 4 }).reportInvoice(submission);
    expect(result.status).toBe('accepted');
    expect(server.requests).toHaveLength(5);
    expect(new Set(server.requests.map((request) => request.text)).size).toBe(1);
    expect(delays).toEqual([1, 2, 3, 4]);
  });

  it('gives up after the retry limit with ServerError counting the attempts', async () => {
    server.reply({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const error = await client({ limit: 2 })
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 503, details: { attempts: 3 } });
    expect(server.requests).toHaveLength(3);
  });

  it('never retries when retry is false', async () => {
    server.reply({ status: 503 }, { body: reported });
    await expect(client(false).reportInvoice(submission)).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries 429 after the Retry-After the platform gives', async () => {
    server.reply({ status: 429, headers: { 'Retry-After': '0' } }, { body: reported });
    expect((await client().reportInvoice(submission)).status).toBe('accepted');
    expect(server.requests).toHaveLength(2);
  });

  it('gives up at once with RateLimitedError when Retry-After is longer than maxRetryAfterMs', async () => {
    server.reply({ status: 429, headers: { 'Retry-After': '120' } }, { body: reported });
    const error = await client({ maxRetryAfterMs: 1000 })
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterMs: 120_000, status: 429 });
    expect((error as Error).message).toContain('retry after 120 s');
    expect(server.requests).toHaveLength(1);
  });

  it('retries a network failure and a timeout: the same signed invoice is safe to resend', async () => {
    server.reply({ hangUp: true }, { delayMs: 1000 }, { body: reported });
    expect((await client({}, 200).reportInvoice(submission)).status).toBe('accepted');
    expect(server.requests).toHaveLength(3);
  });

  it('throws NetworkError or TimeoutError when every attempt fails that way', async () => {
    server.reply({ hangUp: true }, { hangUp: true });
    const network = await client({ limit: 1 })
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(network).toBeInstanceOf(NetworkError);
    expect(network).toMatchObject({ code: 'network-failure', details: { attempts: 2, action: 'reporting' } });

    server.reply({ delayMs: 1000 }, { delayMs: 1000 });
    const timeout = await client({ limit: 1 }, 100)
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(TimeoutError);
    expect(timeout).toMatchObject({ code: 'timeout', details: { attempts: 2, timeoutMs: 100 } });
  });

  it('stops at the caller’s abort signal, throwing its reason', async () => {
    const controller = new AbortController();
    server.reply({ delayMs: 1000, body: reported });
    const pending = client().reportInvoice({ ...submission, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user cancelled')), 50);
    await expect(pending).rejects.toThrow('user cancelled');
    expect(server.requests).toHaveLength(1);
  });
});
