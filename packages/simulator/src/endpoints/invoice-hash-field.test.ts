/**
 * A missing or malformed `invoiceHash` field is answered with that error alone on every invoice
 * endpoint — no `XSD_ZATCA_VALID`, no finding on the document, nothing recorded — as ZATCA's
 * OpenAPI examples show it ("Missing Invoice Hash", "InvalidInvoiceHashInvalidBase64"). Driven
 * with the SDK's signed samples on the developer portal, under its canned CSID (and a compliance
 * CSID for the checks).
 */
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import { hashInvoice } from '@fatoora/core/signing';
import { sampleXml } from '@fatoora/test-support/zatca-sdk-samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_NOW } from '../../test/support/invoices.ts';
import { API_HEADERS, basicAuth, rawCall } from '../../test/support/raw-call.ts';
import { sdkExampleComplianceRequest } from '../../test/support/sdk-example-csr.ts';
import { type RunningSimulator, startSimulator } from '../index.ts';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ now: SIMULATOR_NOW, analysisThreads: 0 });
});
afterAll(() => simulator.close());

/** The body of an invoice call for an SDK sample, its `invoiceHash` replaced or left out. */
function callFor(path: string, invoiceHash: string | undefined) {
  const xml = sampleXml(path);
  return {
    ...(invoiceHash === undefined ? {} : { invoiceHash }),
    uuid: /<cbc:UUID>([^<]+)<\/cbc:UUID>/.exec(xml)?.[1],
    invoice: Buffer.from(xml, 'utf8').toString('base64'),
  };
}

const hashError = (message: string) => ({
  infoMessages: [],
  warningMessages: [],
  errorMessages: [
    { type: 'ERROR', code: 'InvoiceHash-Errors', category: 'Invalid-InvoiceHash', message, status: 'ERROR' },
  ],
  status: 'ERROR',
});
const MISSING = 'Document hash is not present in the API body';
const MALFORMED = 'Document hash format in the API body is not valid';

const production = { ...API_HEADERS, Authorization: basicAuth(DEVELOPER_PORTAL_CSID) };
const portal = (path: string, headers: Record<string, string>, body: unknown) =>
  rawCall(`${simulator.urlFor('developer-portal')}${path}`, { headers, body });

describe('a missing or malformed invoiceHash', () => {
  it('is reported alone by reporting, and the document can still be reported afterwards', async () => {
    const path = 'Data/Samples/Simplified/Invoice/Simplified_Invoice.xml';
    const reporting = (hash: string | undefined) =>
      portal('/invoices/reporting/single', { ...production, 'Clearance-Status': '0' }, callFor(path, hash));
    for (const [hash, message] of [
      [undefined, MISSING],
      ['', MISSING],
      ['not base64!', MALFORMED],
      ['bm90LWEtaGFzaA==', MALFORMED],
    ] as const) {
      const answer = await reporting(hash);
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({ validationResults: hashError(message), reportingStatus: 'NOT_REPORTED' });
    }
    // Nothing was recorded: the same document with its hash is a first submission, not a duplicate.
    expect((await reporting(hashInvoice(sampleXml(path)))).status).toBe(202);
  });

  it('is reported alone by clearance, with no cleared invoice', async () => {
    const answer = await portal(
      '/invoices/clearance/single',
      { ...production, 'Clearance-Status': '1' },
      callFor('Data/Samples/Standard/Invoice/Standard_Invoice.xml', 'not base64!'),
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      validationResults: hashError(MALFORMED),
      clearanceStatus: 'NOT_CLEARED',
      clearedInvoice: null,
    });
  });

  it('is reported alone by the compliance check, which fills the status the document decides', async () => {
    const issued = await portal(
      '/compliance',
      { ...API_HEADERS, OTP: '123345' },
      sdkExampleComplianceRequest(),
    );
    const compliance = issued.json as { binarySecurityToken: string; secret: string };
    const answer = await portal(
      '/compliance/invoices',
      { ...API_HEADERS, Authorization: basicAuth(compliance) },
      callFor('Data/Samples/Standard/Credit/Standard_Credit_Note.xml', undefined),
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      validationResults: hashError(MISSING),
      reportingStatus: null,
      clearanceStatus: 'NOT_CLEARED',
      qrSellertStatus: null,
      qrBuyertStatus: null,
    });
  });
});
