import { RejectedError } from '@fatoora/core/api';
import { certificateFromBinarySecurityToken, parseCertificate, writePem } from '@fatoora/core/crypto';
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, newCsr, requestCompliance } from '../../test/support/onboarding.ts';
import { API_HEADERS, rawCall } from '../../test/support/raw-call.ts';
import { sdkExampleComplianceRequest } from '../../test/support/sdk-example-csr.ts';
import { thrownBy } from '../../test/support/thrown-by.ts';
import { type RunningSimulator, startSimulator } from '../index.ts';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator();
});
afterEach(() => {
  simulator.behaviours.reset();
});
afterAll(() => simulator.close());

/** A request like ZATCA's OpenAPI example: the SDK test key, VAT 399999999900003, template ZATCA-Code-Signing. */
const OAS_REQUEST = sdkExampleComplianceRequest();

/** A raw POST /compliance in `environment`, with `otp` unless it is undefined. */
const compliance = (environment: string, body: unknown, otp?: string) =>
  rawCall(`${simulator.urlFor(environment as 'simulation')}/compliance`, {
    headers: { ...API_HEADERS, ...(otp === undefined ? {} : { OTP: otp }) },
    body,
  });

/** The 400 a call ended in (the test fails when it succeeded). */
const failure = (call: Promise<unknown>) => thrownBy(call, RejectedError);

describe('POST /compliance', () => {
  it('issues a compliance CSID certifying the key and EGS fields of the CSR, signed by the simulator CA', async () => {
    const { key, compliance } = await requestCompliance(simulator);
    const { certificate } = compliance;
    expect(compliance.dispositionMessage).toBe('ISSUED');
    expect(compliance.requestId).toMatch(/^\d{13}$/);
    expect(certificate.publicKey).toEqual(key.publicKey);
    expect(certificate.egs).toMatchObject({ vatNumber: '399999999900003', invoiceType: '1100' });
    expect(certificate.issuer).toBe(simulator.certificates.ca.subject);
  });

  it("answers with the platform's CSID body, field for field", async () => {
    const answer = await compliance('simulation', { csr: newCsr().csr.base64 }, await simulator.mintOtp());
    expect(answer.status).toBe(200);
    const body = answer.json as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'requestID',
      'tokenType',
      'dispositionMessage',
      'binarySecurityToken',
      'secret',
      'errors',
    ]);
    expect(body).toMatchObject({
      requestID: expect.any(Number),
      tokenType: 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3',
      dispositionMessage: 'ISSUED',
      secret: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
      errors: null,
    });
    // binarySecurityToken: base64 of the certificate's base64 DER.
    const inner = Buffer.from(body.binarySecurityToken as string, 'base64').toString('utf8');
    expect(inner).toMatch(/^MII[A-Za-z0-9+/=]+$/);
  });
});

describe('POST /compliance: the OTPs of each environment', () => {
  it("takes the developer portal's fixed OTPs: 123345 valid, 111111 invalid, 222222 expired", async () => {
    const csr = newCsr('developer-portal').csr.base64;
    expect((await compliance('developer-portal', { csr }, '123345')).status).toBe(200);
    expect(await compliance('developer-portal', { csr }, '111111')).toMatchObject({
      status: 400,
      json: { code: 'Invalid-OTP', message: 'The provided OTP is invalid' },
    });
    expect(await compliance('developer-portal', { csr }, '222222')).toMatchObject({
      status: 400,
      json: { code: 'Invalid-OTP', message: 'The provided OTP is expired' },
    });
  });

  it('takes any other six digits on the developer portal, unless told to reject them', async () => {
    const csr = newCsr('developer-portal').csr.base64;
    expect((await compliance('developer-portal', { csr }, '000000')).status).toBe(200);
    simulator.behaviours.set({ 'developer-portal-otps': 'reject' });
    expect(await compliance('developer-portal', { csr }, '000000')).toMatchObject({
      status: 400,
      json: { code: 'Invalid-OTP' },
    });
    expect((await compliance('developer-portal', { csr }, '123345')).status).toBe(200);
  });

  it('answers an expired OTP with the code and message the behaviours name', async () => {
    simulator.behaviours.set({ 'expired-otp-code': 'Expired-OTP', 'expired-otp-message': 'OTP has expired' });
    const answer = await compliance(
      'developer-portal',
      { csr: newCsr('developer-portal').csr.base64 },
      '222222',
    );
    expect(answer).toMatchObject({ status: 400, json: { code: 'Expired-OTP', message: 'OTP has expired' } });
  });

  it('refuses 123345 in simulation and production, where OTPs come from the Fatoora portal', async () => {
    for (const environment of ['simulation', 'production'] as const) {
      const answer = await compliance(environment, { csr: newCsr(environment).csr.base64 }, '123345');
      expect(answer).toMatchObject({
        status: 400,
        json: { code: 'Invalid-OTP', message: 'The provided OTP is invalid' },
      });
    }
  });

  it('answers a call without an OTP header with Missing-OTP', async () => {
    expect(await compliance('simulation', { csr: newCsr().csr.base64 })).toEqual({
      status: 400,
      headers: expect.anything(),
      json: { code: 'Missing-OTP', message: 'OTP is required field' },
      text: expect.any(String),
    });
  });

  it('sends the CSID code errors as a list when the behaviour asks for it', async () => {
    simulator.behaviours.set({ 'csid-error-shape': 'list' });
    expect(await compliance('simulation', { csr: newCsr().csr.base64 })).toMatchObject({
      status: 400,
      json: { errors: [{ code: 'Missing-OTP', message: 'OTP is required field' }] },
    });
  });

  it('takes a minted OTP once', async () => {
    const otp = await simulator.mintOtp();
    await requestCompliance(simulator, { otp });
    const error = await failure(requestCompliance(simulator, { otp }));
    expect(error.errors[0]).toEqual({ code: 'Invalid-OTP', message: 'The provided OTP is invalid' });
  });

  it('refuses a minted OTP an hour after it was minted, as expired', async () => {
    let now = new Date('2024-05-01T08:00:00Z');
    const clocked = await startSimulator({ now: () => now });
    try {
      const otp = await clocked.mintOtp();
      now = new Date('2024-05-01T09:00:01Z');
      const error = await failure(requestCompliance(clocked, { otp }));
      expect(error.errors[0]).toEqual({ code: 'Invalid-OTP', message: 'The provided OTP is expired' });
    } finally {
      await clocked.close();
    }
  });

  it('takes a configured single-use OTP once in simulation', async () => {
    const strict = await startSimulator({ otp: { codes: ['246810'], singleUse: true } });
    try {
      await requestCompliance(strict, { otp: '246810' });
      await expect(requestCompliance(strict, { otp: '246810' })).rejects.toBeInstanceOf(RejectedError);
    } finally {
      await strict.close();
    }
  });

  it('leaves a minted OTP unspent when the CSR is refused', async () => {
    const otp = await simulator.mintOtp();
    await expect(
      clientFor(simulator).requestComplianceCsid({ csr: newCsr('production').csr, otp }),
    ).rejects.toBeInstanceOf(RejectedError);
    const { compliance: issued } = await requestCompliance(simulator, { otp });
    expect(issued.dispositionMessage).toBe('ISSUED');
  });
});

describe('POST /compliance: the CSR', () => {
  it("refuses another environment's template name as ZATCA's CA does: 400 NOT_COMPLIANT, requestID -2", async () => {
    const answer = await compliance(
      'simulation',
      { csr: newCsr('production').csr.base64 },
      await simulator.mintOtp(),
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      requestID: -2,
      tokenType: null,
      dispositionMessage: 'NOT_COMPLIANT',
      binarySecurityToken: null,
      errors: [
        'unable to submit and sign the csr in zatca side, caused : Denied by Policy Module 0x80094800, The request was for a certificate template that is not supported by the Active Directory Certificate Services policy: ZATCA-Code-Signing.\r\n',
      ],
    });
  });

  it('takes any template name on the developer portal, and only its own when strict', async () => {
    const csr = newCsr('simulation').csr.base64;
    expect((await compliance('developer-portal', { csr }, '123345')).status).toBe(200);
    simulator.behaviours.set({ 'template-names': 'strict' });
    expect(await compliance('developer-portal', { csr }, '123345')).toMatchObject({
      status: 400,
      json: { requestID: -2, dispositionMessage: 'NOT_COMPLIANT' },
    });
    const own = newCsr('developer-portal').csr.base64;
    expect((await compliance('developer-portal', { csr: own }, '123345')).status).toBe(200);
  });

  it("issues a compliance CSID for a request like ZATCA's own example on the developer portal", async () => {
    const answer = await compliance('developer-portal', OAS_REQUEST, '123345');
    expect(answer).toMatchObject({ status: 200, json: { dispositionMessage: 'ISSUED' } });
    const { binarySecurityToken } = answer.json as { binarySecurityToken: string };
    // Certified for the SDK's test key: the key of the portal's canned certificate too.
    expect(certificateFromBinarySecurityToken(binarySecurityToken).publicKey).toEqual(
      parseCertificate(DEVELOPER_PORTAL_CSID.certificate).publicKey,
    );
    // In simulation its template name (ZATCA-Code-Signing) is refused.
    expect(await compliance('simulation', OAS_REQUEST, await simulator.mintOtp())).toMatchObject({
      status: 400,
      json: { requestID: -2 },
    });
  });

  it('refuses a CSR whose signature does not verify with its own key with Invalid-CSR', async () => {
    const { csr } = newCsr();
    const der = csr.der.slice();
    der[der.length - 1] = der.at(-1)! ^ 0x01; // the last byte of the ECDSA signature's s
    const pem = Buffer.from(writePem('CERTIFICATE REQUEST', der)).toString('base64');
    expect(await compliance('simulation', { csr: pem }, await simulator.mintOtp())).toMatchObject({
      status: 400,
      json: { code: 'Invalid-CSR', message: 'The provided CSR is invalid' },
    });
  });

  it('answers Missing-CSR without a csr, and Invalid-CSR for one that is not base64 of a PEM request', async () => {
    const otp = await simulator.mintOtp();
    expect(await compliance('simulation', {}, otp)).toMatchObject({
      status: 400,
      json: { code: 'Missing-CSR', message: 'CSR is required field' },
    });
    expect(await compliance('simulation', { csr: 'bm90IGEgQ1NS' }, otp)).toMatchObject({
      status: 400,
      json: { code: 'Invalid-CSR', message: 'The provided CSR is invalid' },
    });
  });

  it('answers a CSR attribute over 64 bytes with the bare NOT_COMPLIANT body', async () => {
    const { csr } = newCsr('simulation', { location: 'R'.repeat(65) });
    const answer = await compliance('simulation', { csr: csr.base64 }, await simulator.mintOtp());
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ requestID: -1, tokenType: null, dispositionMessage: 'NOT_COMPLIANT' });
  });

  it('counts CSR attributes in bytes by default and in characters with long-csr-attribute=count-characters', async () => {
    // ZATCA's own Arabic example names a 43-letter company: 79 bytes in UTF-8.
    const arabic = 'شركة توريد التكنولوجيا بأقصى سرعة المحدودة';
    const request = async () => {
      const { csr } = newCsr('simulation', { organizationName: arabic });
      return compliance('simulation', { csr: csr.base64 }, await simulator.mintOtp());
    };
    expect((await request()).json).toMatchObject({ requestID: -1, dispositionMessage: 'NOT_COMPLIANT' });
    simulator.behaviours.set({ 'long-csr-attribute': 'count-characters' });
    expect(await request()).toMatchObject({ status: 200, json: { dispositionMessage: 'ISSUED' } });
    const { csr } = newCsr('simulation', { location: 'ر'.repeat(65) });
    expect((await compliance('simulation', { csr: csr.base64 }, await simulator.mintOtp())).status).toBe(400);
  });
});
