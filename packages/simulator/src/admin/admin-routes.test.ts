import { parseCertificate } from '@fatoora/core/crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requestCompliance } from '../../test/support/onboarding.ts';
import { rawCall } from '../../test/support/raw-call.ts';
import { NO_FAULTS, type RunningSimulator, startSimulator } from '../index.ts';

let simulator: RunningSimulator;
const now = new Date('2024-05-01T12:00:00Z');
beforeAll(async () => {
  simulator = await startSimulator({ now: () => now, defaultEnvironment: 'developer-portal' });
});
afterEach(() => {
  simulator.faults.reset();
});
afterAll(() => simulator.close());

const admin = (path: string, method = 'GET', body?: unknown) =>
  rawCall(`${simulator.url}/simulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  });

describe('the admin API', () => {
  it('reports its health, the root environment and the prefix of each environment', async () => {
    expect(await admin('/health')).toMatchObject({
      status: 200,
      json: {
        status: 'ok',
        defaultEnvironment: 'developer-portal',
        environments: {
          'developer-portal': '/e-invoicing/developer-portal',
          simulation: '/e-invoicing/simulation',
          production: '/e-invoicing/core',
        },
        persistent: false,
      },
    });
  });

  it('mints a six-digit OTP valid for an hour, which POST /compliance then takes', async () => {
    const answer = await admin('/otp', 'POST');
    expect(answer).toMatchObject({
      status: 201,
      json: { otp: expect.stringMatching(/^\d{6}$/), expiresAt: '2024-05-01T13:00:00.000Z' },
    });
    const { otp } = answer.json as { otp: string };
    const { compliance } = await requestCompliance(simulator, { otp });
    expect(compliance.dispositionMessage).toBe('ISSUED');
  });

  it('shows, replaces, changes and resets the live fault settings', async () => {
    expect(await admin('/faults')).toMatchObject({ status: 200, json: NO_FAULTS });
    await admin('/faults', 'PATCH', { latencyMs: 5 });
    expect(await admin('/faults', 'PUT', { failNext: 2, failStatus: 500 })).toMatchObject({
      status: 200,
      json: { ...NO_FAULTS, failNext: 2, failStatus: 500 },
    });
    expect(simulator.faults.settings.failNext).toBe(2);
    expect(await admin('/faults', 'PATCH', { clearanceDisabled: true })).toMatchObject({
      json: { failNext: 2, failStatus: 500, clearanceDisabled: true },
    });
    expect(await admin('/faults', 'DELETE')).toMatchObject({ status: 200, json: NO_FAULTS });
    expect(simulator.faults.settings).toEqual(NO_FAULTS);
  });

  it('refuses an invalid fault change whole, listing every problem', async () => {
    simulator.faults.set({ dropNext: 1 });
    const answer = await admin('/faults', 'PUT', { failNext: -1, failStatus: 418, retry: true });
    expect(answer).toEqual({
      status: 400,
      headers: expect.anything(),
      json: {
        code: 'Invalid-Faults',
        message:
          'failNext must be a whole number from 0 to 1000000. failStatus must be 500, 502, 503 or 504. Unknown fault setting "retry".',
      },
    });
    expect(simulator.faults.settings.dropNext).toBe(1);
    expect((await admin('/faults', 'PATCH', [1])).json).toMatchObject({ code: 'Invalid-Faults' });
  });

  it("hands out the CA's root certificate and the platform's stamp certificate as PEM", async () => {
    const answer = await admin('/certificates');
    const { ca, stamp } = answer.json as { ca: string; stamp: string };
    expect(parseCertificate(ca).der).toEqual(simulator.certificates.ca.der);
    expect(parseCertificate(stamp).der).toEqual(simulator.certificates.stamp.der);
    expect(simulator.certificates.stamp.issuer).toBe(simulator.certificates.ca.subject);
  });

  it('answers 405 with Allow for a method an admin path does not take', async () => {
    const answer = await admin('/otp', 'GET');
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });
});
