/**
 * Issue 9's responsiveness proof for the demo's proxy, started as `pnpm demo` starts it, with the
 * embedded simulator in the same process: while a client on loopback sends the worst bodies the
 * proxy's 1 MiB cap allows, authenticated with a real compliance CSID obtained through the proxy so
 * that every document is really read, health checks every 20 ms (`GET /api/simulator/health`,
 * which crosses the proxy and the simulator, both on this event loop) all succeed with a p99
 * latency under 200 ms. The load and the claim's check are in `@fatoora/test-support/responsiveness`.
 */
import { createFatooraClient } from '@fatoora/core/api';
import { generatePrivateKey } from '@fatoora/core/crypto';
import { createCsr } from '@fatoora/core/csr';
import { expectResponsive, runHostileLoad } from '@fatoora/test-support/responsiveness';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { demoCsrConfig } from '../src/egs/demo-unit.ts';
import { type RunningDemo, startDemoServer } from './demo-server.ts';
import { DEFAULT_MAX_BODY_BYTES } from './proxy-handler.ts';

let demo: RunningDemo;
let authorization: string;
beforeAll(async () => {
  demo = await startDemoServer({ port: 0, staticDir: '/nonexistent-demo-build' });
  const minted = await fetch(`${demo.url}/api/simulator/otp`, { method: 'POST' });
  const { otp } = (await minted.json()) as { otp: string };
  const csr = createCsr(demoCsrConfig(), generatePrivateKey(), { environment: 'simulation' });
  const client = createFatooraClient({ baseUrl: `${demo.url}/api`, retry: false });
  const compliance = await client.requestComplianceCsid({ csr, otp });
  authorization = `Basic ${Buffer.from(`${compliance.binarySecurityToken}:${compliance.secret}`).toString('base64')}`;
});
afterAll(() => demo?.close());

describe('the demo proxy under the worst bodies its cap allows', () => {
  it('keeps answering normal requests with a p99 under 200 ms', async () => {
    const report = await runHostileLoad({
      port: demo.port,
      bodyCap: DEFAULT_MAX_BODY_BYTES,
      invoicePath: '/api/compliance/invoices',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Accept-Version': 'V2',
        Authorization: authorization,
      },
      normalPath: '/api/simulator/health',
    });
    expectResponsive(report);
  }, 90_000);
});
