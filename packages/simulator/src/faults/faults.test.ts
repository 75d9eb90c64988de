import {
  AlreadySubmittedError,
  NetworkError,
  RateLimitedError,
  RejectedError,
  ServerError,
} from '@fatoora/core/api';
import { describe, expect, it } from 'vitest';
import { clientFor, newCsr } from '../../test/support/onboarding.ts';
import { API_HEADERS, basicAuth, invoiceCallBody, rawCall } from '../../test/support/raw-call.ts';
import { thrownBy } from '../../test/support/thrown-by.ts';
import { unitPerFile } from '../../test/support/unit-per-file.ts';

/** One simulator and EGS unit for the whole file; the faults a test injects are cleared after it. */
const shared = unitPerFile();

const simplified = { subtype: 'simplified', typeCode: '388' } as const;
/** The unit's client, retrying at once up to `limit` times. */
const retryingClient = (limit: number) =>
  clientFor(shared.simulator, 'simulation', {
    credentials: shared.unit.production,
    retry: { limit, delayMs: () => 0 },
  });

describe('fault injection', () => {
  it('answers the next call 503 without processing it; the same document then goes through', async () => {
    shared.simulator.faults.set({ failNext: 1 });
    const document = shared.unit.egs.next(simplified);
    const submission = { invoice: document.xml, invoiceHash: document.invoiceHash };
    const error = await thrownBy(shared.unit.client.reportInvoice(submission), ServerError);
    expect(error).toMatchObject({
      status: 503,
      errors: [
        {
          code: '503',
          category: 'HTTP-Errors',
          message: 'Something went wrong and caused an Internal Server Error.',
        },
      ],
    });
    expect(shared.simulator.faults.settings.failNext).toBe(0);
    expect((await shared.unit.client.reportInvoice(submission)).reportingStatus).toBe('REPORTED');
  });

  it('lets a retrying client through after the injected failures, with the status asked for', async () => {
    shared.simulator.faults.set({ failNext: 2, failStatus: 502 });
    const document = shared.unit.egs.next(simplified);
    const result = await retryingClient(2).reportInvoice({
      invoice: document.xml,
      invoiceHash: document.invoiceHash,
    });
    expect(result.reportingStatus).toBe('REPORTED');
  });

  it("processes a call and drops its answer, so that the client's retry meets 409", async () => {
    shared.simulator.faults.set({ dropNext: 1 });
    const document = shared.unit.egs.next(simplified);
    const error = await thrownBy(
      retryingClient(1).reportInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash }),
      AlreadySubmittedError,
    );
    expect(error).toMatchObject({ status: 409, afterRetry: true });
    // The dropped call was recorded: the next document chains on it.
    const next = shared.unit.egs.next(simplified);
    expect(
      (await shared.unit.client.reportInvoice({ invoice: next.xml, invoiceHash: next.invoiceHash })).status,
    ).toBe('accepted');
  });

  it('gives a client that does not retry a NetworkError for a dropped answer', async () => {
    shared.simulator.faults.set({ dropNext: 1 });
    const document = shared.unit.egs.next(simplified);
    await expect(
      shared.unit.client.reportInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash }),
    ).rejects.toBeInstanceOf(NetworkError);
  });

  it('throttles with 429 and a Retry-After header', async () => {
    shared.simulator.faults.set({ rateLimitNext: 2, retryAfterSeconds: 7 });
    const document = shared.unit.egs.sign(simplified); // never processed: the chain stays
    const error = await thrownBy(
      shared.unit.client.reportInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash }),
      RateLimitedError,
    );
    expect(error).toMatchObject({ status: 429, retryAfterMs: 7000 });
    const answer = await rawCall(`${shared.simulator.url}/invoices/reporting/single`, {
      headers: { ...API_HEADERS, Authorization: basicAuth(shared.unit.production) },
      body: invoiceCallBody(document),
    });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('7');
    expect(answer.json).toMatchObject({ code: 'Too-Many-Requests' });
  });

  it('lets a retrying client wait out a 429 and go through', async () => {
    shared.simulator.faults.set({ rateLimitNext: 1, retryAfterSeconds: 0 });
    const document = shared.unit.egs.next(simplified);
    const result = await retryingClient(1).reportInvoice({
      invoice: document.xml,
      invoiceHash: document.invoiceHash,
    });
    expect(result.reportingStatus).toBe('REPORTED');
  });

  it("answers an injected 500 with the platform's body for the endpoint: E500-HTTP on #4–#6, E500-REQ on #1–#3", async () => {
    shared.simulator.faults.set({ failNext: 2, failStatus: 500 });
    const document = shared.unit.egs.sign(simplified); // never processed: the chain stays
    const reporting = await rawCall(`${shared.simulator.url}/invoices/reporting/single`, {
      headers: { ...API_HEADERS, Authorization: basicAuth(shared.unit.production) },
      body: invoiceCallBody(document),
    });
    expect(reporting).toMatchObject({
      status: 500,
      json: {
        category: 'HTTP-Errors',
        code: '500',
        message: 'Something went wrong and caused an Internal Server Error.',
      },
    });
    const compliance = await rawCall(`${shared.simulator.url}/compliance`, {
      headers: { ...API_HEADERS, OTP: await shared.simulator.mintOtp() },
      body: { csr: newCsr().csr.base64 },
    });
    expect(compliance.status).toBe(500);
    expect(compliance.json).toEqual({
      code: 'Invalid-Request',
      message: 'System failed to process your request',
    });
  });

  it('refuses the next invoice submission after its checks with injected-rejection; the document keeps its place', async () => {
    shared.simulator.faults.set({ rejectNext: 1 });
    const refused = shared.unit.egs.next(simplified);
    const error = await thrownBy(
      shared.unit.client.reportInvoice({ invoice: refused.xml, invoiceHash: refused.invoiceHash }),
      RejectedError,
    );
    expect(error.validationResults?.errorMessages).toEqual([
      {
        type: 'ERROR',
        code: 'injected-rejection',
        category: 'SIMULATOR_FAULTS',
        message: 'Refused by a fault injected into the simulator (rejectNext).',
        status: 'ERROR',
      },
    ]);
    expect(shared.simulator.faults.settings.rejectNext).toBe(0);
    // Not filed as accepted: the same document goes through when sent again.
    const again = await shared.unit.client.reportInvoice({
      invoice: refused.xml,
      invoiceHash: refused.invoiceHash,
    });
    expect(again.reportingStatus).toBe('REPORTED');
  });

  it('aims faults at the endpoints named, and leaves the others alone', async () => {
    shared.simulator.faults.set({ failNext: 1, endpoints: ['clearance'] });
    const simplifiedDocument = shared.unit.egs.next(simplified);
    const reported = await shared.unit.client.reportInvoice({
      invoice: simplifiedDocument.xml,
      invoiceHash: simplifiedDocument.invoiceHash,
    });
    expect(reported.reportingStatus).toBe('REPORTED');
    expect(shared.simulator.faults.settings.failNext).toBe(1);
    const standard = shared.unit.egs.next({ subtype: 'standard', typeCode: '388' });
    const submission = { invoice: standard.xml, invoiceHash: standard.invoiceHash };
    await expect(shared.unit.client.clearInvoice(submission)).rejects.toBeInstanceOf(ServerError);
    expect((await shared.unit.client.clearInvoice(submission)).clearanceStatus).toBe('CLEARED');
  });

  it('waits latencyMs before answering a platform call', async () => {
    shared.simulator.faults.set({ latencyMs: 250 });
    const started = performance.now();
    const answer = await rawCall(`${shared.simulator.url}/compliance`, { headers: {}, body: '' });
    expect(answer.status).toBe(406);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('never applies to the admin API', async () => {
    shared.simulator.faults.set({ failNext: 1, latencyMs: 1000 });
    const started = performance.now();
    const answer = await rawCall(`${shared.simulator.url}/simulator/health`, {
      method: 'GET',
      headers: {},
    });
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(shared.simulator.faults.settings.failNext).toBe(1);
  });
});
