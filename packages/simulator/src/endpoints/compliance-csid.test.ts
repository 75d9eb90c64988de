import { RejectedError } from '@fatoora/core/api';
import { writePem } from '@fatoora/core/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, newCsr, requestCompliance } from '../../test/support/onboarding.ts';
import { API_HEADERS, rawCall } from '../../test/support/raw-call.ts';
import { thrownBy } from '../../test/support/thrown-by.ts';
import { type RunningSimulator, startSimulator } from '../index.ts';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator();
});
afterAll(() => simulator.close());

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
    const { csr } = newCsr();
    const answer = await rawCall(`${simulator.url}/compliance`, {
      headers: { ...API_HEADERS, OTP: '123345' },
      body: { csr: csr.base64 },
    });
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

  it('refuses a wrong OTP with 400 Invalid-OTP', async () => {
    const error = await failure(requestCompliance(simulator, { otp: '000000' }));
    expect(error).toBeInstanceOf(RejectedError);
    expect(error.status).toBe(400);
    expect(error.errors[0]).toMatchObject({ code: 'Invalid-OTP', message: 'The OTP is not valid.' });
  });

  it('refuses a call without an OTP header', async () => {
    const answer = await rawCall(`${simulator.url}/compliance`, { body: { csr: newCsr().csr.base64 } });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'Invalid-OTP' });
  });

  it('takes any six digits on the developer portal', async () => {
    const { compliance } = await requestCompliance(simulator, {
      environment: 'developer-portal',
      otp: '000000',
    });
    expect(compliance.dispositionMessage).toBe('ISSUED');
  });

  it('takes a minted OTP once', async () => {
    const otp = await simulator.mintOtp();
    await requestCompliance(simulator, { otp });
    const error = await failure(requestCompliance(simulator, { otp }));
    expect(error.errors[0]).toMatchObject({
      code: 'Invalid-OTP',
      message: expect.stringContaining('already used'),
    });
  });

  it('refuses a minted OTP an hour after it was minted', async () => {
    let now = new Date('2024-05-01T08:00:00Z');
    const clocked = await startSimulator({ now: () => now });
    try {
      const otp = await clocked.mintOtp();
      now = new Date('2024-05-01T09:00:01Z');
      const error = await failure(requestCompliance(clocked, { otp }));
      expect(error.errors[0]).toMatchObject({
        code: 'Invalid-OTP',
        message: expect.stringContaining('expired'),
      });
    } finally {
      await clocked.close();
    }
  });

  it('takes a configured single-use OTP once', async () => {
    const strict = await startSimulator({ otp: { codes: ['246810'], singleUse: true } });
    try {
      await requestCompliance(strict, { otp: '246810' });
      await expect(requestCompliance(strict, { otp: '246810' })).rejects.toBeInstanceOf(RejectedError);
      await expect(requestCompliance(strict, { otp: '123345' })).rejects.toBeInstanceOf(RejectedError);
    } finally {
      await strict.close();
    }
  });

  it('refuses a CSR made for another environment, naming both certificate template names', async () => {
    const { csr } = newCsr('production');
    const error = await failure(clientFor(simulator).requestComplianceCsid({ csr, otp: '123345' }));
    expect(error.status).toBe(400);
    expect(error.errors[0]?.code).toBe('Invalid-CSR');
    expect(error.errors[0]?.message).toContain('"ZATCA-Code-Signing"');
    expect(error.errors[0]?.message).toContain('"PREZATCA-Code-Signing"');
  });

  it('refuses a CSR whose signature does not verify with its own key', async () => {
    const { csr } = newCsr();
    const der = csr.der.slice();
    der[der.length - 1] = der.at(-1)! ^ 0x01; // the last byte of the ECDSA signature's s
    const error = await failure(
      clientFor(simulator).requestComplianceCsid({
        csr: writePem('CERTIFICATE REQUEST', der),
        otp: '123345',
      }),
    );
    expect(error.errors[0]?.code).toBe('Invalid-CSR');
    expect(error.errors[0]?.message).toContain('proof of possession');
  });

  it('refuses a csr field that is not base64 of a PEM certificate request', async () => {
    const answer = await rawCall(`${simulator.url}/compliance`, {
      headers: { ...API_HEADERS, OTP: '123345' },
      body: { csr: 'bm90IGEgQ1NS' },
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'Invalid-CSR' });
  });

  it('leaves a minted OTP unspent when the CSR is refused', async () => {
    const otp = await simulator.mintOtp();
    await expect(
      clientFor(simulator).requestComplianceCsid({ csr: newCsr('production').csr, otp }),
    ).rejects.toBeInstanceOf(RejectedError);
    const { compliance } = await requestCompliance(simulator, { otp });
    expect(compliance.dispositionMessage).toBe('ISSUED');
  });
});
