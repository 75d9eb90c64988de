/**
 * The developer portal end to end, with ZATCA's own material: a compliance CSID request like its
 * OpenAPI file's example (made from the SDK's test key and example configuration), the SDK's signed sample documents for the compliance checks, the
 * canned production CSID for reporting and clearance — and an EGS unit of ours beside it, which
 * signs with the SDK's test key once it holds the canned CSID (fatoora-api.md §10).
 */
import { readFileSync } from 'node:fs';
import { RejectedError } from '@fatoora/core/api';
import { certificateFromBinarySecurityToken } from '@fatoora/core/crypto';
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import { hashInvoice } from '@fatoora/core/signing';
import { ZATCA_SDK_DATA_URL } from '@fatoora/test-support/zatca-sdk-paths';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_NOW } from '../test/support/invoices.ts';
import { clientFor, newCsr, onboard } from '../test/support/onboarding.ts';
import { API_HEADERS, basicAuth, rawCall } from '../test/support/raw-call.ts';
import { sdkExampleComplianceRequest } from '../test/support/sdk-example-csr.ts';
import { thrownBy } from '../test/support/thrown-by.ts';
import { type RunningSimulator, startSimulator } from './index.ts';

/** A request like ZATCA's OpenAPI example: the SDK test key, VAT 399999999900003, template ZATCA-Code-Signing. */
const OAS_REQUEST = sdkExampleComplianceRequest();

/** An SDK sample document and the body of an invoice call for it. */
function sample(path: string) {
  const xml = readFileSync(new URL(`Samples/${path}`, ZATCA_SDK_DATA_URL), 'utf8');
  const uuid = /<cbc:UUID>([^<]+)<\/cbc:UUID>/.exec(xml)?.[1] ?? '';
  return {
    xml,
    body: { invoiceHash: hashInvoice(xml), uuid, invoice: Buffer.from(xml, 'utf8').toString('base64') },
  };
}

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ now: SIMULATOR_NOW });
});
afterAll(() => simulator.close());

const portal = (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown }) =>
  rawCall(`${simulator.urlFor('developer-portal')}${path}`, init);

describe('the developer portal with ZATCA’s own material', () => {
  it("onboards a CSR like ZATCA's example, passes the SDK samples' compliance checks, and gets the canned CSID", async () => {
    const issued = await portal('/compliance', {
      headers: { ...API_HEADERS, OTP: '123345' },
      body: OAS_REQUEST,
    });
    expect(issued.status).toBe(200);
    const compliance = issued.json as { requestID: number; binarySecurityToken: string; secret: string };
    const auth = { ...API_HEADERS, Authorization: basicAuth(compliance) };

    const simplified = sample('Simplified/Invoice/Simplified_Invoice.xml');
    const check = await portal('/compliance/invoices', { headers: auth, body: simplified.body });
    expect(check.status).toBe(200);
    const results = (
      check.json as { validationResults: { status: string; warningMessages: { code: string }[] } }
    ).validationResults;
    expect(results.status).toBe('WARNING');
    // Signed with the SDK certificate, not the compliance CSID: the same key, another issuer.
    expect(results.warningMessages.map((message) => message.code)).toEqual(
      expect.arrayContaining(['invalid-signing-certificate', 'certificate-issuer-name']),
    );
    expect(check.json).toMatchObject({ reportingStatus: 'REPORTED', clearanceStatus: null });

    const standard = sample('Standard/Invoice/Standard_Invoice.xml');
    const standardCheck = await portal('/compliance/invoices', { headers: auth, body: standard.body });
    expect(standardCheck.json).toMatchObject({ reportingStatus: null, clearanceStatus: 'CLEARED' });

    const production = await portal('/production/csids', {
      headers: auth,
      body: { compliance_request_id: String(compliance.requestID) },
    });
    expect(production.json).toMatchObject({
      dispositionMessage: 'ISSUED',
      binarySecurityToken: DEVELOPER_PORTAL_CSID.binarySecurityToken,
      secret: DEVELOPER_PORTAL_CSID.secret,
    });
  });

  it('reports and clears the SDK samples with the canned CSID, which needs no onboarding', async () => {
    const auth = { ...API_HEADERS, Authorization: basicAuth(DEVELOPER_PORTAL_CSID) };
    const simplified = sample('Simplified/Credit/Simplified_Credit_Note.xml');
    const reported = await portal('/invoices/reporting/single', { headers: auth, body: simplified.body });
    expect(reported.status).toBe(202); // BR-KSA-98: the sample was issued in 2022
    expect(reported.json).toMatchObject({
      reportingStatus: 'REPORTED',
      validationResults: {
        errorMessages: [],
        warningMessages: [expect.objectContaining({ code: 'BR-KSA-98' })],
      },
    });

    const standard = sample('Standard/Debit/Standard_Debit_Note.xml');
    const cleared = await portal('/invoices/clearance/single', { headers: auth, body: standard.body });
    expect(cleared.status).toBe(200);
    expect(cleared.json).toMatchObject({ clearanceStatus: 'CLEARED', clearedInvoice: expect.any(String) });
    const clearedXml = Buffer.from(
      (cleared.json as { clearedInvoice: string }).clearedInvoice,
      'base64',
    ).toString();
    expect(clearedXml).toContain(DEVELOPER_PORTAL_CSID.certificate.slice(0, 60));

    // The canned credentials are the developer portal's only.
    const elsewhere = await rawCall(`${simulator.urlFor('simulation')}/invoices/reporting/single`, {
      headers: auth,
      body: simplified.body,
    });
    expect(elsewhere.status).toBe(401);
  });

  it('takes documents of our own unit signed with the SDK key under the canned CSID, and refuses its own key there', async () => {
    const unit = await onboard(simulator, 'developer-portal');
    expect(unit.production.certificate.publicKey).toEqual(
      certificateFromBinarySecurityToken(DEVELOPER_PORTAL_CSID.binarySecurityToken).publicKey,
    );
    const simplified = { subtype: 'simplified', typeCode: '388' } as const;
    const document = unit.egs.next(simplified);
    const result = await unit.client.reportInvoice({
      invoice: document.xml,
      invoiceHash: document.invoiceHash,
    });
    expect(result).toMatchObject({ status: 'accepted', reportingStatus: 'REPORTED' });
    const standard = unit.egs.next({ subtype: 'standard', typeCode: '388' });
    expect(
      (await unit.client.clearInvoice({ invoice: standard.xml, invoiceHash: standard.invoiceHash }))
        .clearanceStatus,
    ).toBe('CLEARED');

    // Signed with the unit's own key and its compliance CSID, under the canned CSID's authority.
    const { TestEgs } = await import('../test/support/test-egs.ts');
    const own = new TestEgs(unit.key, unit.compliance.certificate);
    own.counter = unit.egs.counter;
    own.previousInvoiceHash = unit.egs.previousInvoiceHash;
    const mismatched = own.next(simplified);
    const error = await thrownBy(
      clientFor(simulator, 'developer-portal', { credentials: unit.production }).reportInvoice({
        invoice: mismatched.xml,
        invoiceHash: mismatched.invoiceHash,
      }),
      RejectedError,
    );
    expect(error.validationResults?.errorMessages).toContainEqual(
      expect.objectContaining({ code: 'invalid-digital-signature', message: 'Invalid digital signature' }),
    );
  });

  it('renews the canned CSID for a unit whose CSR names its own seller: the canned CSID again, as #3 gave it', async () => {
    const unit = await onboard(simulator, 'developer-portal');
    const { csr } = newCsr('developer-portal', { vatNumber: '310122393500003' });
    const renewed = await portal('/production/csids', {
      method: 'PATCH',
      headers: { ...API_HEADERS, Authorization: basicAuth(unit.production), OTP: '123345' },
      body: { csr: csr.base64 },
    });
    expect(renewed.status).toBe(200);
    expect(renewed.json).toMatchObject({
      dispositionMessage: 'ISSUED',
      binarySecurityToken: DEVELOPER_PORTAL_CSID.binarySecurityToken,
      secret: DEVELOPER_PORTAL_CSID.secret,
    });
  });
});
