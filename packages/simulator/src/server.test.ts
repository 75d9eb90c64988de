import { request } from 'node:http';
import { AuthenticationError, createFatooraClient, NetworkError, RejectedError } from '@fatoora/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_NOW } from '../test/support/invoices.ts';
import { clientFor, newCsr, onboard, requestCompliance } from '../test/support/onboarding.ts';
import { API_HEADERS, basicAuth, invoiceCallBody, rawCall } from '../test/support/raw-call.ts';
import { type RunningSimulator, startSimulator } from './index.ts';

let simulator: RunningSimulator;
const log: string[] = [];
beforeAll(async () => {
  simulator = await startSimulator({
    now: SIMULATOR_NOW,
    defaultEnvironment: 'production',
    log: (line) => log.push(line),
  });
});
afterAll(() => simulator.close());

describe('the HTTP server', () => {
  it('serves the default environment at the root and each environment under its ZATCA prefix', async () => {
    expect(simulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(simulator.urlFor('production')).toBe(`${simulator.url}/e-invoicing/core`);
    const root = createFatooraClient({ baseUrl: simulator.url, retry: false });
    await expect(
      root.requestComplianceCsid({ csr: newCsr('production').csr, otp: await simulator.mintOtp() }),
    ).resolves.toMatchObject({ dispositionMessage: 'ISSUED' });
    await expect(
      root.requestComplianceCsid({ csr: newCsr('simulation').csr, otp: await simulator.mintOtp() }),
    ).rejects.toBeInstanceOf(RejectedError);
    const { compliance } = await requestCompliance(simulator, { environment: 'simulation' });
    expect(compliance.dispositionMessage).toBe('ISSUED');
  });

  it('answers 406 in plain text when Accept-Version is missing or not V2 (v2 included)', async () => {
    for (const headers of [
      { 'Content-Type': 'application/json', OTP: '123345' },
      { ...API_HEADERS, 'Accept-Version': 'V1', OTP: '123345' },
      { ...API_HEADERS, 'Accept-Version': 'v2', OTP: '123345' },
    ]) {
      const answer = await rawCall(`${simulator.url}/compliance`, {
        headers,
        body: { csr: newCsr().csr.base64 },
      });
      expect(answer.status).toBe(406);
      expect(answer.headers.get('content-type')).toBe('text/plain;charset=UTF-8');
      expect(answer.text).toBe('This Version is not supported or not provided in the header.');
    }
  });

  it('answers 404 for a path that is no endpoint, under any prefix', async () => {
    for (const path of [
      '/invoices/reporting/batch',
      '/e-invoicing/staging/compliance',
      '/compliance/',
      '/simulator/x',
    ]) {
      const answer = await rawCall(`${simulator.url}${path}`, { body: {} });
      expect(answer.status).toBe(404);
      expect(answer.json).toEqual({ code: 'Not-Found', message: `There is no endpoint at ${path}.` });
    }
  });

  it('answers 405 with Allow for a known path and another method', async () => {
    const answer = await rawCall(`${simulator.urlFor('simulation')}/production/csids`, { method: 'GET' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST, PATCH');
    expect(answer.json).toMatchObject({ code: 'Method-Not-Allowed' });
  });

  it('refuses a body that is not JSON: 415 for another media type, 400 for malformed JSON', async () => {
    const url = `${simulator.url}/compliance`;
    const wrongType = await rawCall(url, {
      headers: { ...API_HEADERS, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(wrongType.status).toBe(415);
    const malformed = await rawCall(url, { headers: { ...API_HEADERS, OTP: '123345' }, body: '{"csr": ' });
    expect(malformed).toMatchObject({ status: 400, json: { code: 'Invalid-Request' } });
  });

  it('refuses a body over the size limit with 413', async () => {
    const small = await startSimulator({ maxBodyBytes: 1024 });
    try {
      const answer = await rawCall(`${small.url}/compliance`, {
        headers: { ...API_HEADERS, OTP: '123345' },
        body: { csr: 'A'.repeat(5000) },
      });
      expect(answer).toMatchObject({ status: 413, json: { code: 'Payload-Too-Large' } });
      expect(await streamedStatus(`${small.url}/compliance`, 64 * 1024)).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('refuses missing, wrong or other-environment credentials with 401', async () => {
    const { production, egs } = await onboard(simulator, 'simulation');
    const document = egs.next({ subtype: 'simplified', typeCode: '388' });
    const path = '/invoices/reporting/single';
    const anonymous = await rawCall(`${simulator.urlFor('simulation')}${path}`, {
      body: invoiceCallBody(document),
    });
    // Spring Security's body, with the simulator's clock.
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toEqual({
      timestamp: SIMULATOR_NOW().getTime(),
      status: 401,
      error: 'Unauthorized',
      message: '',
    });

    const wrongSecret = clientFor(simulator, 'simulation', {
      credentials: { binarySecurityToken: production.binarySecurityToken, secret: 'not-the-secret' },
    });
    await expect(
      wrongSecret.reportInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash }),
    ).rejects.toBeInstanceOf(AuthenticationError);

    const elsewhere = await rawCall(`${simulator.urlFor('production')}${path}`, {
      headers: { ...API_HEADERS, Authorization: basicAuth(production) },
      body: invoiceCallBody(document),
    });
    expect(elsewhere).toMatchObject({ status: 401, json: { status: 401, error: 'Unauthorized' } });
  });

  it('logs one line per call and never a credential, OTP, CSR or invoice', async () => {
    log.length = 0;
    const otp = await simulator.mintOtp();
    const { csr } = newCsr('simulation');
    const client = clientFor(simulator, 'simulation');
    const compliance = await client.requestComplianceCsid({ csr, otp });
    const { production, egs } = await onboard(simulator, 'simulation');
    const document = egs.next({ subtype: 'simplified', typeCode: '388' });
    await clientFor(simulator, 'simulation', { credentials: production }).reportInvoice({
      invoice: document.xml,
      invoiceHash: document.invoiceHash,
    });
    const text = log.join('\n');
    for (const secret of [
      otp,
      compliance.secret,
      compliance.binarySecurityToken.slice(0, 40),
      production.secret,
      csr.base64.slice(0, 40),
      invoiceCallBody(document).invoice.slice(0, 40),
      document.invoiceHash,
      'Basic',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(log.length).toBeGreaterThan(8);
    for (const line of log) expect(line).toMatch(/^(GET|POST|PATCH|PUT|DELETE) \/\S* \d{3} \d+ ms$/);
  });

  it('closes while a call waits out the injected latency, leaving that call unanswered', async () => {
    const closing = await startSimulator({ faults: { latencyMs: 10_000 } });
    const client = createFatooraClient({ baseUrl: closing.url, retry: false });
    const call = client.requestComplianceCsid({ csr: newCsr('simulation').csr, otp: '123345' });
    const outcome = call.catch((thrown: unknown) => thrown);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await closing.close();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(await outcome).toBeInstanceOf(NetworkError);
  });

  it('closes within its grace period even while a client is still sending a body', async () => {
    const stalled = await startSimulator();
    const call = request(`${stalled.url}/compliance`, {
      method: 'POST',
      headers: { ...API_HEADERS, 'Content-Length': '1000' },
    });
    const ended = new Promise((resolve) => call.on('error', resolve).on('response', resolve));
    call.write('{"csr": "');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await stalled.close();
    expect(performance.now() - started).toBeLessThan(4000);
    await ended;
  });
});

/** The status of a POST whose body of `size` bytes streams in chunks, without a Content-Length. */
function streamedStatus(url: string, size: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const call = request(url, { method: 'POST', headers: { ...API_HEADERS, OTP: '123345' } }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    call.on('error', reject);
    call.write('{"csr": "');
    for (let sent = 0; sent < size; sent += 1024) call.write('A'.repeat(1024));
    call.end('"}');
  });
}
