import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AlreadySubmittedError, createFatooraClient } from '@fatoora/core/api';
import { Egs, MemoryEgsStore } from '@fatoora/core/egs';
import { BEHAVIOURS, DEFAULT_BEHAVIOURS } from '@fatoora/simulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  changeBehaviours,
  fetchBehaviourSettings,
  fetchBehaviourTable,
  restoreDefaultBehaviours,
} from '../src/api/simulator-behaviours.ts';
import { demoCsrConfig, demoSeller } from '../src/egs/demo-unit.ts';
import { sampleDraft, saudiToday } from '../src/invoice/sample-draft.ts';
import { rawRequest } from '../test/support/raw-request.ts';
import { type RunningDemo, startDemoServer } from './demo-server.ts';
import { createProxyHandler } from './proxy-handler.ts';
import { remoteUpstream } from './targets.ts';

let demo: RunningDemo;
const proxyLog: string[] = [];
const simulatorLog: string[] = [];

beforeAll(async () => {
  demo = await startDemoServer({
    port: 0,
    staticDir: '/nonexistent-demo-build',
    log: (line) => proxyLog.push(line),
    simulatorLog: (line) => simulatorLog.push(line),
  });
});

afterAll(async () => {
  await demo?.close();
});

beforeEach(() => {
  proxyLog.length = 0;
  simulatorLog.length = 0;
  demo.simulator?.faults.reset();
  demo.simulator?.behaviours.reset();
});

const json = (text: string) => JSON.parse(text) as { code?: string };

describe('the proxy refuses to be steered to another host', () => {
  it('refuses an absolute URL as the request target, and forwards nothing', async () => {
    for (const target of [
      'http://evil.example/api/compliance',
      'https://gw-fatoora.zatca.gov.sa/e-invoicing/core/compliance',
      '//evil.example/api/compliance',
    ]) {
      const answer = await rawRequest({ port: demo.port, method: 'POST', target, body: '{}' });
      expect(answer.status).toBe(400);
      expect(json(answer.text).code).toBe('absolute-url');
    }
    expect(simulatorLog).toEqual([]);
  });

  it('refuses a Host header that is not its own', async () => {
    const answer = await rawRequest({
      port: demo.port,
      method: 'POST',
      target: '/api/simulator/otp',
      headers: { host: 'evil.example' },
    });
    expect(answer.status).toBe(403);
    expect(json(answer.text).code).toBe('host-not-allowed');
    expect(simulatorLog).toEqual([]);
  });

  it('refuses path traversal, plain and encoded', async () => {
    for (const target of [
      '/api/../simulator/otp',
      '/api/%2e%2e/simulator/otp',
      '/api/compliance%2f..%2f..',
    ]) {
      const answer = await rawRequest({ port: demo.port, method: 'POST', target, body: '{}' });
      expect(answer.status).toBe(400);
      expect(['path-traversal', 'malformed-path']).toContain(json(answer.text).code);
    }
    expect(simulatorLog).toEqual([]);
  });

  it('forwards the six Fatoora endpoints only', async () => {
    const unknown = await rawRequest({ port: demo.port, method: 'GET', target: '/api/simulator-state' });
    expect(unknown.status).toBe(404);
    const wrongMethod = await rawRequest({ port: demo.port, method: 'GET', target: '/api/compliance' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('POST');
    expect(simulatorLog).toEqual([]);
  });
});

describe('the proxy protects itself and its upstream', () => {
  it('answers 413 to a body over 1 MiB, by Content-Length or as it streams', async () => {
    const big = new Uint8Array(1024 * 1024 + 1).fill(0x20);
    const declared = await rawRequest({
      port: demo.port,
      method: 'POST',
      target: '/api/compliance',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(declared.status).toBe(413);
    const streamed = await rawRequest({
      port: demo.port,
      method: 'POST',
      target: '/api/compliance',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(streamed.status).toBe(413);
    expect(json(streamed.text).code).toBe('payload-too-large');
    expect(simulatorLog).toEqual([]);
  });

  it('answers 504 when the upstream is slower than the deadline', async () => {
    const hurried = await startDemoServer({ port: 0, upstreamTimeoutMs: 300 });
    try {
      hurried.simulator!.faults.set({ latencyMs: 3_000 });
      const started = Date.now();
      const answer = await rawRequest({
        port: hurried.port,
        method: 'POST',
        target: '/api/compliance',
        headers: { 'content-type': 'application/json', 'accept-version': 'V2', otp: '123345' },
        body: '{"csr":"x"}',
      });
      expect(answer.status).toBe(504);
      expect(json(answer.text).code).toBe('upstream-timeout');
      // Answered at the deadline, long before the upstream would have.
      expect(Date.now() - started).toBeLessThan(2_800);
    } finally {
      hurried.simulator!.faults.reset();
      await hurried.close();
    }
  });

  it('never writes credentials, OTPs or bodies into its log', async () => {
    const secret = 'c2VjcmV0LXRva2VuOnNlY3JldC1wYXNzd29yZA==';
    const answer = await rawRequest({
      port: demo.port,
      method: 'POST',
      target: '/api/invoices/reporting/single?token=query-secret',
      headers: {
        authorization: `Basic ${secret}`,
        otp: '987654',
        'accept-version': 'V2',
        'content-type': 'application/json',
        cookie: 'session=cookie-secret',
      },
      body: JSON.stringify({ invoiceHash: 'body-secret', uuid: 'body-secret', invoice: 'body-secret' }),
    });
    expect(answer.status).toBe(401);
    expect(proxyLog).toHaveLength(1);
    expect(proxyLog[0]).toMatch(/^POST \/api\/invoices\/reporting\/single 401 \d+ms$/);
    const everything = [...proxyLog, ...simulatorLog].join('\n');
    for (const leak of [secret, 'Basic', '987654', 'query-secret', 'cookie-secret', 'body-secret']) {
      expect(everything).not.toContain(leak);
    }
  });
});

describe('the proxy reaches the embedded simulator', () => {
  it('onboards a unit, clears a standard invoice and reports a simplified one through /api', async () => {
    const otp = await fetch(`${demo.url}/api/simulator/otp`, { method: 'POST' });
    expect(otp.status).toBe(201);
    const { otp: code } = (await otp.json()) as { otp: string };
    const config = await (await fetch(`${demo.url}/_demo/config`)).json();
    expect(config).toEqual({ target: 'simulator', environment: 'simulation', simulator: true });

    const csrConfig = demoCsrConfig();
    const store = new MemoryEgsStore();
    const client = createFatooraClient({ baseUrl: `${demo.url}/api`, retry: false });
    const egs = await Egs.open({ store, unitId: 'till-1', client });
    const onboarding = await egs.onboard({ otp: code, csrConfig, environment: 'simulation' });
    expect(onboarding.steps.map((step) => step.step)).toEqual([
      'compliance-csid',
      ...Array(6).fill('compliance-check'),
      'production-csid',
    ]);
    const seller = demoSeller(csrConfig);
    const draft = (subtype: 'standard' | 'simplified', id: string) =>
      sampleDraft({ subtype, id, supplyDate: saudiToday(), seller });
    const standard = await egs.issue(draft('standard', 'INV-1'));
    expect(standard.state).toBe('cleared');
    const simplified = await egs.issue(draft('simplified', 'INV-2'), { reportNow: true });
    expect(simplified.state).toBe('reported');
    expect(proxyLog.some((line) => /^POST \/api\/invoices\/clearance\/single 200 \d+ms$/.test(line))).toBe(
      true,
    );

    // The same document again: 208 by default, 409 once the app's client switches the behaviour.
    const credentials = (await store.loadUnit('till-1'))?.productionCsid;
    const again = {
      invoice: standard.signedXml,
      invoiceHash: standard.invoiceHash,
      credentials: credentials!,
    };
    expect((await client.clearInvoice(again)).httpStatus).toBe(208);
    await changeBehaviours(demo.url, { 'duplicate-clearance': '409' });
    const refused = await client.clearInvoice(again).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AlreadySubmittedError);
    expect((refused as AlreadySubmittedError).status).toBe(409);
  }, 60_000);
});

describe('the simulator admin routes through the proxy', () => {
  it('switches an outage on and off, which the simulator then applies to the platform calls', async () => {
    const on = await fetch(`${demo.url}/api/simulator/faults`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ failNext: 1, failStatus: 503 }),
    });
    expect(on.status).toBe(200);
    expect(demo.simulator!.faults.settings).toMatchObject({ failNext: 1, failStatus: 503 });
    const failed = await rawRequest({
      port: demo.port,
      method: 'POST',
      target: '/api/compliance',
      headers: { 'content-type': 'application/json', 'accept-version': 'V2', otp: '123345' },
      body: '{"csr":"x"}',
    });
    expect(failed.status).toBe(503);
    await fetch(`${demo.url}/api/simulator/faults`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: '{"failNext": 2}',
    });
    const off = await fetch(`${demo.url}/api/simulator/faults`, { method: 'DELETE' });
    expect(off.ok).toBe(true);
    expect(demo.simulator!.faults.settings).toMatchObject({ failNext: 0 });
  });

  it("serves the simulator's behaviour table and settings to the app's client", async () => {
    const rows = await fetchBehaviourTable(demo.url);
    expect(rows.map((row) => row.name)).toEqual(Object.keys(BEHAVIOURS));
    expect(await fetchBehaviourSettings(demo.url)).toEqual(DEFAULT_BEHAVIOURS);
    const table = await rawRequest({ port: demo.port, target: '/api/simulator/behaviours/table' });
    expect(JSON.parse(table.text)).toEqual(JSON.parse(JSON.stringify(BEHAVIOURS)));
  });

  it('changes, replaces and restores behaviours, which the simulator then applies to the platform calls', async () => {
    const clear = () =>
      rawRequest({
        port: demo.port,
        method: 'POST',
        target: '/api/invoices/clearance/single',
        headers: { 'content-type': 'application/json', 'accept-version': 'V2' },
        body: '{}',
      });
    const patched = await changeBehaviours(demo.url, { clearance: 'off', renewal: '428' });
    expect(patched).toMatchObject({ clearance: 'off', renewal: '428', 'duplicate-clearance': '208' });
    expect(demo.simulator!.behaviours.settings.clearance).toBe('off');
    const switchedOff = await clear();
    expect(switchedOff.status).toBe(303);
    expect(switchedOff.text).toContain('Clearance is deactiviated');

    const replaced = await fetch(`${demo.url}/api/simulator/behaviours`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ 'duplicate-clearance': '409' }),
    });
    expect(replaced.status).toBe(200);
    expect(await replaced.json()).toEqual({ ...DEFAULT_BEHAVIOURS, 'duplicate-clearance': '409' });
    expect((await clear()).status).toBe(401);

    expect(await restoreDefaultBehaviours(demo.url)).toEqual(DEFAULT_BEHAVIOURS);
    expect(demo.simulator!.behaviours.settings).toEqual(DEFAULT_BEHAVIOURS);
  });

  it("passes the simulator's refusal of an invalid change on, and changes nothing", async () => {
    const answer = await rawRequest({
      port: demo.port,
      method: 'PATCH',
      target: '/api/simulator/behaviours',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ 'duplicate-clearance': '410', clearance: 'off' }),
    });
    expect(answer.status).toBe(400);
    expect(json(answer.text).code).toBe('Invalid-Behaviours');
    await expect(changeBehaviours(demo.url, { renewal: 'sometimes' })).rejects.toThrow(
      /^The simulator answered 400 to PATCH \/behaviours: Invalid-Behaviours — renewal must be issued or 428/,
    );
    expect(demo.simulator!.behaviours.settings).toEqual(DEFAULT_BEHAVIOURS);
  });

  it('forwards only the admin routes it knows', async () => {
    const unknown = await rawRequest({ port: demo.port, method: 'POST', target: '/api/simulator/state' });
    expect(unknown.status).toBe(404);
    const wrongMethod = await rawRequest({ port: demo.port, method: 'DELETE', target: '/api/simulator/otp' });
    expect(wrongMethod.status).toBe(405);
    const tableWrite = await rawRequest({
      port: demo.port,
      method: 'PUT',
      target: '/api/simulator/behaviours/table',
      body: '{}',
    });
    expect(tableWrite.status).toBe(405);
    expect(tableWrite.headers.allow).toBe('GET');
    const below = await rawRequest({ port: demo.port, target: '/api/simulator/behaviours/renewal' });
    expect(below.status).toBe(404);
    expect(simulatorLog).toEqual([]);
  });
});

describe('the proxy in development', () => {
  it("serves the sources through Vite's middleware, behind the same checks", async () => {
    const dev = await startDemoServer({ port: 0, dev: true });
    try {
      const page = await rawRequest({ port: dev.port, target: '/' });
      expect(page.status).toBe(200);
      expect(page.text).toContain('/@vite/client');
      const entry = await rawRequest({ port: dev.port, target: '/src/main.tsx' });
      expect(entry.status).toBe(200);
      expect(entry.headers['content-type']).toContain('javascript');
      const foreign = await rawRequest({ port: dev.port, target: '/', headers: { host: 'evil.example' } });
      expect(foreign.status).toBe(403);
    } finally {
      await dev.close();
    }
  }, 60_000);
});

describe('the proxy against one of ZATCA environments', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer(createProxyHandler({ upstream: remoteUpstream('production') }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('uses core base URLs for the environments', () => {
    expect(remoteUpstream('developer-portal').baseUrl).toBe(
      'https://gw-fatoora.zatca.gov.sa/e-invoicing/developer-portal',
    );
    expect(remoteUpstream('simulation').baseUrl).toBe(
      'https://gw-fatoora.zatca.gov.sa/e-invoicing/simulation',
    );
    expect(remoteUpstream('production').baseUrl).toBe('https://gw-fatoora.zatca.gov.sa/e-invoicing/core');
  });

  it('has no simulator admin routes and says which target it has', async () => {
    const otp = await rawRequest({ port, method: 'POST', target: '/api/simulator/otp' });
    expect(otp.status).toBe(404);
    expect(json(otp.text).code).toBe('not-available');
    for (const target of ['/api/simulator/behaviours', '/api/simulator/behaviours/table']) {
      const behaviours = await rawRequest({ port, target });
      expect(behaviours.status).toBe(404);
      expect(json(behaviours.text).code).toBe('not-available');
    }
    const config = await rawRequest({ port, target: '/_demo/config' });
    expect(JSON.parse(config.text)).toEqual({
      target: 'production',
      environment: 'production',
      simulator: false,
    });
  });
});
