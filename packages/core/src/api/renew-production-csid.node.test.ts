import { describe, expect, it } from 'vitest';
import { sdkPrivateKeyText } from '../../test/samples.ts';
import {
  complianceRequiredAnswer,
  csidAnswer,
  csrConfigText,
  invoiceAnswer,
  sdkBinarySecurityToken,
  testAuthorization,
  testSecret,
} from '../../test/support/fatoora-answers.ts';
import { clientWithTestCredentials } from '../../test/support/test-client.ts';
import { testServerPerTest } from '../../test/support/test-server-per-test.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { createCsr } from '../csr/create-csr.ts';
import { ApiError } from '../errors/api-error.ts';
import { RejectedError } from '../errors/rejected-error.ts';
import { ServerError } from '../errors/server-error.ts';
import { renewProductionCsid } from './renew-production-csid.ts';

const csr = createCsr(csrConfigText, importPrivateKey(sdkPrivateKeyText), { environment: 'production' });
const server = testServerPerTest();

const client = () => clientWithTestCredentials(server.url, 3);

describe('renewProductionCsid', () => {
  it('sends PATCH /production/csids with the new CSR, the OTP and the current production CSID', async () => {
    server.reply({ body: csidAnswer('555') });
    const renewed = await renewProductionCsid(client(), { csr, otp: '654321' });
    const [request] = server.requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.path).toBe('/production/csids');
    expect(request?.headers.otp).toBe('654321');
    expect(request?.headers.authorization).toBe(testAuthorization);
    expect(request?.json).toEqual({ csr: csr.base64 });
    expect(renewed.status).toBe('issued');
    if (renewed.status !== 'issued') return;
    expect(renewed.productionCsid.requestId).toBe('555');
    expect(renewed.productionCsid.binarySecurityToken).toBe(sdkBinarySecurityToken);
  });

  it('returns a production CSID a new client can use directly', async () => {
    server.reply(
      { body: csidAnswer('555') },
      { body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) },
    );
    const renewed = await client().renewProductionCsid({ csr, otp: '654321' });
    if (renewed.status !== 'issued') throw new Error('expected the CSID to be issued');
    await client()
      .withCredentials(renewed.productionCsid)
      .reportInvoice({ invoice: '<x/>', invoiceHash: 'aGFzaA==', uuid: 'u' });
    expect(server.requests[1]?.headers.authorization).toBe(testAuthorization);
  });

  it('reads a 428 as a compliance CSID for the new CSR, keeping every digit of its request id', async () => {
    server.reply({ status: 428, body: complianceRequiredAnswer('98765432109876543') });
    const renewal = await client().renewProductionCsid({ csr, otp: '654321' });
    expect(renewal).toMatchObject({
      status: 'compliance-required',
      complianceCsid: {
        requestId: '98765432109876543',
        binarySecurityToken: sdkBinarySecurityToken,
        secret: testSecret,
        dispositionMessage: 'NOT_COMPLIANT',
      },
    });
    if (renewal.status !== 'compliance-required') return;
    expect(renewal.complianceCsid.certificate.issuer).toBe(
      'CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('tolerates the {"value": …} wrapper of ZATCA’s OpenAPI example around the 428 body', async () => {
    server.reply({ status: 428, body: `{"value":${complianceRequiredAnswer('1234567890123')}}` });
    const renewal = await client().renewProductionCsid({ csr, otp: '654321' });
    expect(renewal).toMatchObject({
      status: 'compliance-required',
      complianceCsid: { requestId: '1234567890123', binarySecurityToken: sdkBinarySecurityToken },
    });
  });

  it('reads a 200 NOT_COMPLIANT that carries a token as a compliance CSID too', async () => {
    server.reply({ body: complianceRequiredAnswer('77') });
    expect(await client().renewProductionCsid({ csr, otp: '654321' })).toMatchObject({
      status: 'compliance-required',
      complianceCsid: { requestId: '77' },
    });
  });

  it('throws RejectedError keeping the text of a 200 NOT_COMPLIANT that issued nothing', async () => {
    server.reply({
      body: {
        requestID: -1,
        tokenType: null,
        dispositionMessage: 'NOT_COMPLIANT',
        binarySecurityToken: '',
        secret: '',
        errors: ['Invoice type is not allowed for this certificate'],
      },
    });
    const error = await client()
      .renewProductionCsid({ csr, otp: '654321' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RejectedError);
    expect(error).toMatchObject({
      status: 200,
      errors: [{ message: 'Invoice type is not allowed for this certificate' }],
      details: { dispositionMessage: 'NOT_COMPLIANT' },
    });
    expect((error as Error).message).toContain('Invoice type is not allowed for this certificate');
  });

  it('refuses a 428 without a usable compliance CSID as a malformed answer that never shows the secret', async () => {
    server.reply({ status: 428, body: complianceRequiredAnswer('1', '') });
    const error = await client()
      .renewProductionCsid({ csr, otp: '654321' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'api-response-malformed', status: 428 });
    expect(JSON.stringify((error as ApiError).details)).not.toContain(testSecret);
  });

  it('throws RejectedError for a CSR that does not fit, and is never retried', async () => {
    server.reply({ status: 400, body: { errors: [{ code: 'Invalid-CSR', message: 'CSR does not match' }] } });
    await expect(client().renewProductionCsid({ csr, otp: '654321' })).rejects.toBeInstanceOf(RejectedError);
    server.reply({ status: 500 }, { status: 500 });
    await expect(client().renewProductionCsid({ csr, otp: '654321' })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(2);
  });
});
