import { describe, expect, it } from 'vitest';
import { invoiceAnswer, standardInvoice } from '../../test/support/fatoora-answers.ts';
import { clientWithTestCredentials } from '../../test/support/test-client.ts';
import { testServerPerTest } from '../../test/support/test-server-per-test.ts';
import { encodeBase64 } from '../encoding/base64.ts';
import { utf8Encode } from '../encoding/utf8.ts';
import { AlreadySubmittedError } from '../errors/already-submitted-error.ts';
import { ApiError } from '../errors/api-error.ts';
import { ClearanceDisabledError } from '../errors/clearance-disabled-error.ts';
import { RejectedError } from '../errors/rejected-error.ts';
import { clearInvoice } from './clear-invoice.ts';

const server = testServerPerTest();

const client = () => clientWithTestCredentials(server.url, 2);
const submission = { invoice: standardInvoice.xml };
const stamped = standardInvoice.xml.replace('</Invoice>', '<!-- stamped: عينة -->\n</Invoice>');

describe('clearInvoice', () => {
  it('posts to /invoices/clearance/single with Clearance-Status 1, the hash and the UUID', async () => {
    server.reply({
      body: invoiceAnswer('clean', {
        clearanceStatus: 'CLEARED',
        clearedInvoice: encodeBase64(utf8Encode(stamped)),
      }),
    });
    await clearInvoice(client(), submission);
    const [request] = server.requests;
    expect(request?.path).toBe('/invoices/clearance/single');
    expect(request?.headers['clearance-status']).toBe('1');
    expect(request?.json).toMatchObject({
      invoiceHash: standardInvoice.invoiceHash,
      uuid: standardInvoice.uuid,
    });
  });

  it('returns the stamped invoice decoded from base64 to XML text', async () => {
    server.reply({
      status: 202,
      body: invoiceAnswer('warnings', {
        clearanceStatus: 'CLEARED',
        clearedInvoice: encodeBase64(utf8Encode(stamped)),
      }),
    });
    const result = await client().clearInvoice(submission);
    expect(result).toMatchObject({
      status: 'accepted-with-warnings',
      httpStatus: 202,
      clearanceStatus: 'CLEARED',
    });
    expect(result.clearedInvoice).toBe(stamped);
  });

  it('accepts a 208 (a hash already cleared) with the stamped invoice it carries', async () => {
    server.reply({
      status: 208,
      body: invoiceAnswer('clean', {
        clearanceStatus: 'CLEARED',
        clearedInvoice: encodeBase64(utf8Encode(stamped)),
      }),
    });
    const result = await client().clearInvoice(submission);
    expect(result).toMatchObject({ status: 'accepted', httpStatus: 208, clearanceStatus: 'CLEARED' });
    expect(result.clearedInvoice).toBe(stamped);
  });

  it('treats a 2xx that does not say CLEARED as a failure: NOT_CLEARED is a refusal, null is unknown', async () => {
    server.reply(
      { status: 202, body: invoiceAnswer('rejected', { clearanceStatus: 'NOT_CLEARED' }) },
      { body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) },
    );
    const refused = await client()
      .clearInvoice(submission)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RejectedError);
    expect(refused).toMatchObject({ status: 202 });
    expect((refused as Error).message).toContain('NOT_CLEARED');
    const unknown = await client()
      .clearInvoice(submission)
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: 'api-response-malformed', status: 200 });
    expect(unknown).not.toBeInstanceOf(RejectedError);
  });

  it('keeps the stamped invoice a 409 carries again, and none when it carries none', async () => {
    server.reply(
      {
        status: 409,
        body: invoiceAnswer('warnings', {
          clearanceStatus: 'CLEARED',
          clearedInvoice: encodeBase64(utf8Encode(stamped)),
        }),
      },
      { status: 409, body: invoiceAnswer('warnings', { clearanceStatus: 'CLEARED', clearedInvoice: '%%%' }) },
    );
    const first = await client()
      .clearInvoice(submission)
      .catch((e: unknown) => e);
    expect(first).toBeInstanceOf(AlreadySubmittedError);
    expect((first as AlreadySubmittedError).clearedInvoice).toBe(stamped);
    const second = await client()
      .clearInvoice(submission)
      .catch((e: unknown) => e);
    expect(second).toBeInstanceOf(AlreadySubmittedError);
    expect((second as AlreadySubmittedError).clearedInvoice).toBeUndefined();
  });

  it('throws ClearanceDisabledError on 303 and does not follow the redirect', async () => {
    server.reply(
      { status: 303, headers: { Location: '/invoices/reporting/single' } },
      { body: invoiceAnswer('clean') },
    );
    const error = await client()
      .clearInvoice(submission)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClearanceDisabledError);
    expect(error).toMatchObject({ code: 'api-clearance-disabled', status: 303 });
    expect((error as Error).message).toContain('reportInvoice');
    expect(server.requests).toHaveLength(1);
  });

  it('throws RejectedError with NOT_CLEARED validation results on 400', async () => {
    server.reply({ status: 400, body: invoiceAnswer('rejected', { clearanceStatus: 'NOT_CLEARED' }) });
    const error = await client()
      .clearInvoice(submission)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RejectedError);
    expect((error as RejectedError).validationResults?.errorMessages).toHaveLength(1);
  });

  it('reports a clearedInvoice that is not base64 as a malformed answer that may have cleared', async () => {
    server.reply({ body: invoiceAnswer('clean', { clearanceStatus: 'CLEARED', clearedInvoice: '***' }) });
    const error = await client()
      .clearInvoice(submission)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'api-response-malformed', details: { clearanceStatus: 'CLEARED' } });
    expect((error as Error).message).toContain('may have been cleared');
  });
});
