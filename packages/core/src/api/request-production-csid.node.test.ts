import { describe, expect, it } from 'vitest';
import { csidAnswer, testAuthorization, testCredentials } from '../../test/support/fatoora-answers.ts';
import { testServerPerTest } from '../../test/support/test-server-per-test.ts';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { RejectedError } from '../errors/rejected-error.ts';
import { TimeoutError } from '../errors/timeout-error.ts';
import { createFatooraClient } from './client.ts';
import { requestProductionCsid } from './request-production-csid.ts';

const server = testServerPerTest();

const client = (timeoutMs = 5000) =>
  createFatooraClient({
    baseUrl: server.url,
    credentials: testCredentials,
    timeoutMs,
    retry: { limit: 3, delayMs: () => 0 },
  });

/** What a production CSID request for compliance request 1234567890123 throws. */
const refusal = () =>
  client()
    .requestProductionCsid({ complianceRequestId: '1234567890123' })
    .catch((e: unknown) => e);

describe('requestProductionCsid', () => {
  it('posts the compliance request id as compliance_request_id with the compliance CSID', async () => {
    server.reply({ body: csidAnswer('1234567890124') });
    const csid = await requestProductionCsid(client(), { complianceRequestId: '1234567890123' });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/production/csids');
    expect(request?.headers.authorization).toBe(testAuthorization);
    expect(request?.headers.otp).toBeUndefined();
    expect(request?.json).toEqual({ compliance_request_id: '1234567890123' });
    expect(csid.requestId).toBe('1234567890124');
    expect(csid.certificate.issuer).toBe('CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local');
  });

  it('refuses a request id that is not decimal digits, before sending anything', async () => {
    await expect(client().requestProductionCsid({ complianceRequestId: '12ab' })).rejects.toMatchObject({
      field: 'complianceRequestId',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('throws RejectedError carrying Missing-ComplianceSteps when a compliance check is missing', async () => {
    server.reply({
      status: 400,
      body: { code: 'Missing-ComplianceSteps', message: 'Compliance steps are not completed' },
    });
    const error = await refusal();
    expect(error).toBeInstanceOf(RejectedError);
    expect((error as RejectedError).errors[0]?.code).toBe('Missing-ComplianceSteps');
  });

  it('throws RejectedError keeping the free text of a 200 NOT_COMPLIANT', async () => {
    server.reply({
      body: {
        requestID: -1,
        tokenType: null,
        dispositionMessage: 'NOT_COMPLIANT',
        binarySecurityToken: null,
        errors: [
          'The compliance certificate is not done with the following compliance steps yet [simplified-compliant]',
        ],
      },
    });
    const error = await refusal();
    expect(error).toBeInstanceOf(RejectedError);
    expect(error).toMatchObject({ status: 200, code: 'api-rejected' });
    expect((error as RejectedError).errors[0]?.message).toContain('[simplified-compliant]');
    expect((error as Error).message).toContain(
      'NOT_COMPLIANT (nothing was issued): The compliance certificate',
    );
  });

  it('throws RejectedError on a 428 (reported, body unknown), with the disposition it may carry', async () => {
    server.reply({
      status: 428,
      body: { requestID: -1, tokenType: null, dispositionMessage: 'NOT_COMPLIANT' },
    });
    const error = await refusal();
    expect(error).toBeInstanceOf(RejectedError);
    expect(error).toMatchObject({
      status: 428,
      code: 'api-rejected',
      details: { dispositionMessage: 'NOT_COMPLIANT' },
    });
    expect((error as Error).message).toContain('compliance check');
    expect(server.requests).toHaveLength(1);
  });

  it('reads an ISSUED answer inside the {"value": …} wrapper of ZATCA’s OpenAPI examples', async () => {
    server.reply({ body: `{"value":${csidAnswer('42')}}` });
    const csid = await client().requestProductionCsid({ complianceRequestId: '1234567890123' });
    expect(csid).toMatchObject({ requestId: '42', dispositionMessage: 'ISSUED' });
  });

  it('throws AuthenticationError on 401, naming the compliance CSID', async () => {
    server.reply({ status: 401, body: '' });
    const error = await refusal();
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('compliance CSID');
  });

  it('is never retried, not even after a timeout: a lost answer may have issued the CSID', async () => {
    server.reply({ delayMs: 1000, body: csidAnswer() });
    await expect(
      client(100).requestProductionCsid({ complianceRequestId: '1234567890123' }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });
});
