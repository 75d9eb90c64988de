import { describe, expect, it } from 'vitest';
import { sdkCertificateText, sdkPrivateKeyText } from '../../test/samples.ts';
import {
  csidAnswer,
  csrConfigText,
  sdkBinarySecurityToken,
  testSecret,
} from '../../test/support/fatoora-answers.ts';
import { testServerPerTest } from '../../test/support/test-server-per-test.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { createCsr } from '../csr/create-csr.ts';
import { decodeBase64 } from '../encoding/base64.ts';
import { utf8Decode } from '../encoding/utf8.ts';
import { ApiError } from '../errors/api-error.ts';
import { InputError } from '../errors/input-error.ts';
import { NetworkError } from '../errors/network-error.ts';
import { RejectedError } from '../errors/rejected-error.ts';
import { ServerError } from '../errors/server-error.ts';
import { createFatooraClient } from './client.ts';
import { requestComplianceCsid } from './request-compliance-csid.ts';

const csr = createCsr(csrConfigText, importPrivateKey(sdkPrivateKeyText), { environment: 'simulation' });
const server = testServerPerTest('/e-invoicing/simulation');

const client = () => createFatooraClient({ baseUrl: server.url, retry: { limit: 3, delayMs: () => 0 } });

/** What a compliance CSID request for the test CSR with this OTP throws. */
const refusal = (otp: string) =>
  client()
    .requestComplianceCsid({ csr, otp })
    .catch((e: unknown) => e);

describe('requestComplianceCsid', () => {
  it('posts base64 of the PEM text to /compliance with the OTP and the common headers, and no credentials', async () => {
    server.reply({ body: csidAnswer() });
    await requestComplianceCsid(client(), { csr: csr.pem, otp: '123345' });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/e-invoicing/simulation/compliance');
    expect(request?.headers).toMatchObject({
      accept: 'application/json',
      'content-type': 'application/json',
      'accept-version': 'V2',
      'accept-language': 'en',
      otp: '123345',
    });
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers['clearance-status']).toBeUndefined();
    expect(request?.json).toEqual({ csr: csr.base64 });
    expect(utf8Decode(decodeBase64((request?.json as { csr: string } | undefined)?.csr ?? ''))).toBe(csr.pem);
  });

  it('accepts a Csr object and the base64 form alike, sending the same field', async () => {
    server.reply({ body: csidAnswer() }, { body: csidAnswer() });
    await client().requestComplianceCsid({ csr, otp: '123345' });
    await client().requestComplianceCsid({
      csr: `${csr.base64.slice(0, 40)}\n${csr.base64.slice(40)}`,
      otp: '123345',
    });
    expect(server.requests.map((request) => request.json)).toEqual([
      { csr: csr.base64 },
      { csr: csr.base64 },
    ]);
  });

  it('returns the CSID with its request id digit for digit and the certificate decoded from the token', async () => {
    server.reply({ body: csidAnswer('98765432109876543') });
    const csid = await client().requestComplianceCsid({ csr, otp: '123345' });
    expect(csid.requestId).toBe('98765432109876543');
    expect(csid.binarySecurityToken).toBe(sdkBinarySecurityToken);
    expect(csid.secret).toBe(testSecret);
    expect(csid.dispositionMessage).toBe('ISSUED');
    expect(csid.tokenType).toContain('X509v3');
    expect(csid.certificate.base64).toBe(sdkCertificateText.trim());
    expect(csid.certificate.subject).toBe(
      'CN=TST-886431145-399999999900003, OU=Riyadh Branch, O=Maximum Speed Tech Supply LTD, C=SA',
    );
  });

  it('reads a request id sent as a JSON string too', async () => {
    server.reply({ body: csidAnswer('"1234567890123"') });
    expect((await client().requestComplianceCsid({ csr, otp: '123345' })).requestId).toBe('1234567890123');
  });

  it('refuses a malformed OTP or CSR before sending anything', async () => {
    await expect(client().requestComplianceCsid({ csr, otp: '12345' })).rejects.toMatchObject({
      field: 'otp',
      rule: 'otp-six-digits',
    });
    await expect(client().requestComplianceCsid({ csr, otp: '123345\r\nX-Evil: 1' })).rejects.toBeInstanceOf(
      InputError,
    );
    await expect(client().requestComplianceCsid({ csr: 'not a csr', otp: '123345' })).rejects.toMatchObject({
      field: 'csr',
      rule: 'csr-pem',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('throws RejectedError with the code of a {"code","message"} error body', async () => {
    server.reply({ status: 400, body: { code: 'Invalid-OTP', message: 'OTP is not valid' } });
    const error = await refusal('111111');
    expect(error).toBeInstanceOf(RejectedError);
    expect(error).toMatchObject({
      code: 'api-rejected',
      status: 400,
      errors: [{ code: 'Invalid-OTP', message: 'OTP is not valid' }],
    });
    expect((error as Error).message).toContain('Invalid-OTP: OTP is not valid');
  });

  it('throws RejectedError with every entry of an {"errors": [...]} body, objects or strings', async () => {
    server.reply({
      status: 400,
      body: {
        errors: [{ code: 'Invalid-CSR', message: 'The CSR is invalid' }, 'The template name is wrong'],
      },
    });
    const error = await refusal('111111');
    expect(error).toBeInstanceOf(RejectedError);
    expect((error as RejectedError).errors).toEqual([
      { code: 'Invalid-CSR', message: 'The CSR is invalid' },
      { message: 'The template name is wrong' },
    ]);
  });

  it('keeps the NOT_COMPLIANT disposition of a CA refusal (400 without token or errors) in the details', async () => {
    // fatoora-api.md §11: a CSR attribute over 64 bytes is answered so.
    server.reply({
      status: 400,
      body: { requestID: -1, tokenType: null, dispositionMessage: 'NOT_COMPLIANT' },
    });
    const error = await refusal('111111');
    expect(error).toBeInstanceOf(RejectedError);
    expect(error).toMatchObject({
      status: 400,
      errors: [],
      details: { dispositionMessage: 'NOT_COMPLIANT' },
    });
  });

  it('never retries, even on a 503 or a network failure, because the OTP is single-use', async () => {
    server.reply({ status: 503, headers: { 'Retry-After': '0' } });
    await expect(client().requestComplianceCsid({ csr, otp: '123345' })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);

    server.reply({ hangUp: true });
    await expect(client().requestComplianceCsid({ csr, otp: '123345' })).rejects.toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(2);
  });

  it('treats an answer without token and secret as malformed, without quoting it', async () => {
    server.reply({ body: { requestID: 1, dispositionMessage: 'ISSUED', secret: testSecret } });
    const error = await refusal('123345');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'api-response-malformed', status: 200 });
    expect(JSON.stringify((error as ApiError).details)).not.toContain(testSecret);
    expect((error as Error).message).not.toContain(testSecret);
  });

  it('treats a token that holds no certificate as malformed, with the certificate error as cause', async () => {
    server.reply({ body: csidAnswer().replace(sdkBinarySecurityToken, 'bm90IGEgY2VydGlmaWNhdGU=') });
    const error = await refusal('123345');
    expect(error).toMatchObject({ code: 'api-response-malformed' });
    expect((error as Error).cause).toMatchObject({ name: 'CertificateError' });
  });
});
