import { parseCertificate } from '@fatoora/core/crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requestCompliance } from '../../test/support/onboarding.ts';
import { rawCall } from '../../test/support/raw-call.ts';
import {
  BEHAVIOURS,
  DEFAULT_BEHAVIOURS,
  NO_FAULTS,
  type RunningSimulator,
  startSimulator,
} from '../index.ts';

let simulator: RunningSimulator;
const now = new Date('2024-05-01T12:00:00Z');
beforeAll(async () => {
  simulator = await startSimulator({ now: () => now, defaultEnvironment: 'developer-portal' });
});
afterEach(() => {
  simulator.faults.reset();
  simulator.behaviours.reset();
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
    expect(await admin('/faults', 'PATCH', { endpoints: ['reporting'] })).toMatchObject({
      json: { failNext: 2, failStatus: 500, endpoints: ['reporting'] },
    });
    expect(await admin('/faults', 'DELETE')).toMatchObject({ status: 200, json: NO_FAULTS });
    expect(simulator.faults.settings).toEqual(NO_FAULTS);
  });

  it('refuses an invalid fault change whole, listing every problem', async () => {
    simulator.faults.set({ dropNext: 1 });
    const answer = await admin('/faults', 'PUT', {
      failNext: -1,
      failStatus: 418,
      retry: true,
      endpoints: ['batch'],
    });
    expect(answer).toMatchObject({
      status: 400,
      json: {
        code: 'Invalid-Faults',
        message:
          'failNext must be a whole number from 0 to 1000000. failStatus must be 500, 502, 503 or 504. Unknown fault setting "retry". endpoints must be a list of compliance-csid, compliance-check, production-csid, production-csid-renewal, reporting, clearance.',
      },
    });
    expect(simulator.faults.settings.dropNext).toBe(1);
    expect((await admin('/faults', 'PATCH', [1])).json).toMatchObject({ code: 'Invalid-Faults' });
  });

  it("hands out the CA's root certificate as PEM", async () => {
    const answer = await admin('/certificates');
    expect(Object.keys(answer.json as object)).toEqual(['ca']);
    const { ca } = answer.json as { ca: string };
    expect(parseCertificate(ca).der).toEqual(simulator.certificates.ca.der);
  });

  it('shows, replaces, changes and resets the behaviour settings, and serves their table', async () => {
    expect(await admin('/behaviours')).toMatchObject({ status: 200, json: DEFAULT_BEHAVIOURS });
    await admin('/behaviours', 'PATCH', { 'pih-chain': 'chain-warning' });
    expect(await admin('/behaviours', 'PUT', { renewal: '428' })).toMatchObject({
      status: 200,
      json: { ...DEFAULT_BEHAVIOURS, renewal: '428' },
    });
    expect(simulator.behaviours.settings.renewal).toBe('428');
    expect(await admin('/behaviours', 'PATCH', { 'expired-otp-message': 'OTP expired' })).toMatchObject({
      json: { renewal: '428', 'expired-otp-message': 'OTP expired' },
    });
    expect(await admin('/behaviours', 'DELETE')).toMatchObject({ status: 200, json: DEFAULT_BEHAVIOURS });
    expect(simulator.behaviours.settings).toEqual(DEFAULT_BEHAVIOURS);
    expect(await admin('/behaviours/table')).toMatchObject({ status: 200, json: BEHAVIOURS });
  });

  it('refuses an invalid behaviour change whole, listing every problem', async () => {
    simulator.behaviours.set({ clearance: 'off' });
    const answer = await admin('/behaviours', 'PATCH', {
      renewal: 'sometimes',
      'expired-otp-code': '',
      chaos: 'on',
    });
    expect(answer).toMatchObject({
      status: 400,
      json: {
        code: 'Invalid-Behaviours',
        message: expect.stringContaining('renewal must be issued or 428, not "sometimes".'),
      },
    });
    const { message } = answer.json as { message: string };
    expect(message).toContain('expired-otp-code must be a text of 1 to 500 characters.');
    expect(message).toContain('Unknown behaviour "chaos"');
    expect(simulator.behaviours.settings.clearance).toBe('off');
    expect(simulator.behaviours.settings.renewal).toBe('issued');
  });

  it('answers 405 with Allow for a method an admin path does not take', async () => {
    const answer = await admin('/otp', 'GET');
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });
});
