/**
 * The simulator on hostile input (issue 9), over loopback with a real compliance CSID, so that the
 * XML really gets read: an `invoice` field that is not UTF-8 is refused at the XSD stage with the
 * offset of the first bad byte, a request body that is not UTF-8 is 400 `Invalid-Request`, and a
 * document that declares another encoding, nests 100,000 levels inside a genuine signed SDK
 * sample, or is issue 9's namespace flood near the body cap is refused with a typed 400 answer at
 * once — never a 500, never a hang — and the simulator answers the next call as before.
 */
import { readFileSync } from 'node:fs';
import { FIRST_PREVIOUS_INVOICE_HASH } from '@fatoora/core/signing';
import { HOSTILE_SHAPES } from '@fatoora/test-support/hostile-xml';
import { ZATCA_SDK_DATA_URL } from '@fatoora/test-support/zatca-sdk-paths';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoiceModel, SIMULATOR_NOW } from '../test/support/invoices.ts';
import { type ComplianceStage, requestCompliance } from '../test/support/onboarding.ts';
import { API_HEADERS, basicAuth } from '../test/support/raw-call.ts';
import { signModel } from '../test/support/test-egs.ts';
import { type RunningSimulator, startSimulator } from './index.ts';

const sample = readFileSync(new URL('Samples/Simplified/Invoice/Simplified_Invoice.xml', ZATCA_SDK_DATA_URL));
const sampleText = new TextDecoder().decode(sample);
/** The simulator's default body cap (`startSimulator`'s `maxBodyBytes`). */
const BODY_CAP = 2 * 1024 * 1024;

let simulator: RunningSimulator;
let stage: ComplianceStage;
let headers: Record<string, string>;
beforeAll(async () => {
  simulator = await startSimulator({ now: SIMULATOR_NOW });
  stage = await requestCompliance(simulator);
  headers = { ...API_HEADERS, Authorization: basicAuth(stage.compliance) };
});
afterAll(() => simulator.close());

/** A compliance check of `bytes` as the `invoice` field, with the CSID's credentials; the answer and its time. */
async function check(bytes: Uint8Array, body?: Uint8Array<ArrayBuffer> | string) {
  const payload =
    body ??
    JSON.stringify({
      invoiceHash: 'bm90LWEtaGFzaA==',
      uuid: '3cf5ee18-ee25-44ea-a444-2c37ba7f28be',
      invoice: Buffer.from(bytes).toString('base64'),
    });
  const started = performance.now();
  const response = await fetch(`${simulator.url}/compliance/invoices`, {
    method: 'POST',
    headers,
    body: payload,
  });
  const json = (await response.json()) as {
    code?: string;
    message?: string;
    validationResults?: { status: string; errorMessages: { code: string; message: string }[] };
  };
  return { status: response.status, json, ms: performance.now() - started };
}

/** The genuine signed sample with `insert` placed just inside its ext:UBLExtensions. */
function withinExtensions(insert: string): string {
  const at = sampleText.indexOf('<ext:UBLExtension>');
  return `${sampleText.slice(0, at)}${insert}${sampleText.slice(at)}`;
}

/** The simulator still answers: its health, and a genuine compliance check that passes. */
async function stillAnswers(): Promise<void> {
  const health = await fetch(`${simulator.url}/simulator/health`);
  expect(health.status).toBe(200);
  const model = invoiceModel(
    { subtype: 'simplified', typeCode: '388' },
    { counter: 1, previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH },
  );
  const document = signModel(model, stage.key, stage.compliance.certificate);
  const result = await stage.checks.checkInvoiceCompliance({
    invoice: document.xml,
    invoiceHash: document.invoiceHash,
  });
  expect(result.status).toBe('accepted');
}

const encoder = new TextEncoder();

describe('the simulator on hostile input', () => {
  it('refuses an invoice whose bytes are not UTF-8 with a 400 naming the first bad byte', async () => {
    const at = sampleText.indexOf('Ahmed Mohamed AL Ahmady'); // the buyer's name, inside the hashed part
    const before = encoder.encode(sampleText.slice(0, at));
    const bytes = new Uint8Array([...before, 0xe9, ...encoder.encode(sampleText.slice(at))]); // Latin-1 "é"
    const answer = await check(bytes);
    expect(answer.status).toBe(400);
    expect(answer.json.validationResults?.status).toBe('ERROR');
    expect(answer.json.validationResults?.errorMessages).toEqual([
      expect.objectContaining({
        code: 'XSD_ZATCA_INVALID',
        message: expect.stringContaining(`byte ${before.length} (0xE9)`),
      }),
    ]);
    await stillAnswers();
  });

  it('answers 400 Invalid-Request to a request body that is not UTF-8', async () => {
    const body = new Uint8Array([...encoder.encode('{"invoice":"'), 0xff, 0xfe, ...encoder.encode('"}')]);
    const answer = await check(new Uint8Array(), body);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ code: 'Invalid-Request', message: 'The request body is not valid UTF-8.' });
    await stillAnswers();
  });

  it('refuses a genuine sample that declares ISO-8859-1 with a typed 400', async () => {
    const latin = sampleText.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="ISO-8859-1"?>');
    expect(latin).not.toBe(sampleText);
    const answer = await check(encoder.encode(latin));
    expect(answer.status).toBe(400);
    expect(answer.json.validationResults?.errorMessages).toEqual([
      expect.objectContaining({
        code: 'XSD_ZATCA_INVALID',
        message: expect.stringContaining('names the encoding ISO-8859-1; invoices must be UTF-8'),
      }),
    ]);
    expect(answer.ms).toBeLessThan(1000);
    await stillAnswers();
  });

  it('refuses 100,000 levels of nesting inside a genuine signed sample with a typed 400, at once', async () => {
    const deep = encoder.encode(withinExtensions(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`));
    const answer = await check(deep);
    expect(answer.status).toBe(400);
    expect(answer.json.validationResults?.errorMessages).toEqual([
      expect.objectContaining({
        code: 'XSD_ZATCA_INVALID',
        message: expect.stringContaining('Elements nest deeper than 64 levels'),
      }),
    ]);
    expect(answer.ms).toBeLessThan(1000);
    await stillAnswers();
  });

  it('refuses issue 9’s namespace flood just under the body cap with a typed 400, at once', async () => {
    const flood = encoder.encode(HOSTILE_SHAPES.namespaces(1_500_000));
    const body = JSON.stringify({
      invoiceHash: 'x',
      uuid: 'y',
      invoice: Buffer.from(flood).toString('base64'),
    });
    // Base64 makes it a third larger: it must still fit, or this would test the 413 instead.
    expect(flood.length).toBeGreaterThan(1_400_000);
    expect(Buffer.byteLength(body)).toBeLessThan(BODY_CAP);
    const answer = await check(flood, body);
    expect(answer.status).toBe(400);
    expect(answer.json.validationResults?.errorMessages).toEqual([
      expect.objectContaining({
        code: 'XSD_ZATCA_INVALID',
        message: expect.stringMatching(/attributes|namespaces/),
      }),
    ]);
    expect(answer.ms).toBeLessThan(1500);
    await stillAnswers();
  });
});
