import { describe, expect, it } from 'vitest';
import { sdkPrivateKeyText } from '../../test/samples.ts';
import {
  csidAnswer,
  csrConfigText,
  sdkBinarySecurityToken,
  testAuthorization,
} from '../../test/support/fatoora-answers.ts';
import { clientWithTestCredentials } from '../../test/support/test-client.ts';
import { testServerPerTest } from '../../test/support/test-server-per-test.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { createCsr } from '../csr/create-csr.ts';
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
    expect(renewed.requestId).toBe('555');
    expect(renewed.binarySecurityToken).toBe(sdkBinarySecurityToken);
  });

  it('returns credentials a new client can use directly', async () => {
    server.reply({ body: csidAnswer('555') }, { body: { validationResults: {} } });
    const renewed = await client().renewProductionCsid({ csr, otp: '654321' });
    await client()
      .withCredentials(renewed)
      .reportInvoice({ invoice: '<x/>', invoiceHash: 'aGFzaA==', uuid: 'u' });
    expect(server.requests[1]?.headers.authorization).toBe(testAuthorization);
  });

  it('throws RejectedError for a CSR that does not fit, and is never retried', async () => {
    server.reply({ status: 400, body: { errors: [{ code: 'Invalid-CSR', message: 'CSR does not match' }] } });
    await expect(client().renewProductionCsid({ csr, otp: '654321' })).rejects.toBeInstanceOf(RejectedError);
    server.reply({ status: 500 }, { status: 500 });
    await expect(client().renewProductionCsid({ csr, otp: '654321' })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(2);
  });
});
