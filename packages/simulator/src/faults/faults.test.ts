import {
  AlreadySubmittedError,
  ClearanceDisabledError,
  NetworkError,
  RateLimitedError,
  ServerError,
} from '@fatoora/core/api';
import { describe, expect, it } from 'vitest';
import { clientFor } from '../../test/support/onboarding.ts';
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
      errors: [expect.objectContaining({ code: 'Service-Unavailable' })],
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

  it('answers clearance with 303 when clearance is switched off, and reporting then takes the standard document', async () => {
    shared.simulator.faults.set({ clearanceDisabled: true });
    const document = shared.unit.egs.next({ subtype: 'standard', typeCode: '388' });
    const submission = { invoice: document.xml, invoiceHash: document.invoiceHash };
    const error = await thrownBy(shared.unit.client.clearInvoice(submission), ClearanceDisabledError);
    expect(error).toMatchObject({ status: 303 });
    const result = await shared.unit.client.reportInvoice(submission);
    expect(result).toMatchObject({ status: 'accepted', reportingStatus: 'REPORTED' });
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
