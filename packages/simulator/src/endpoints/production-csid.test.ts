import { AuthenticationError, RejectedError } from '@fatoora/core/api';
import { DEVELOPER_PORTAL_CSID, type FatooraEnvironment } from '@fatoora/core/model';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_NOW, SIX_KINDS } from '../../test/support/invoices.ts';
import {
  type ComplianceStage,
  onboard,
  passComplianceChecks,
  requestCompliance,
} from '../../test/support/onboarding.ts';
import { API_HEADERS, basicAuth, rawCall } from '../../test/support/raw-call.ts';
import { TestEgs } from '../../test/support/test-egs.ts';
import { thrownBy } from '../../test/support/thrown-by.ts';
import { type RunningSimulator, startSimulator } from '../index.ts';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ now: SIMULATOR_NOW });
});
afterEach(() => {
  simulator.behaviours.reset();
});
afterAll(() => simulator.close());

/** A raw POST /production/csids with the stage's compliance CSID, in `environment`. */
const productionCsid = (
  stage: ComplianceStage,
  body: unknown,
  environment: FatooraEnvironment = 'simulation',
) =>
  rawCall(`${simulator.urlFor(environment)}/production/csids`, {
    headers: { ...API_HEADERS, Authorization: basicAuth(stage.compliance) },
    body,
  });

describe('onboarding: POST /compliance/invoices and POST /production/csids', () => {
  it('runs the whole flow: compliance CSID, the six compliance checks, production CSID, then reporting and clearance', async () => {
    const stage = await requestCompliance(simulator);
    const egs = new TestEgs(stage.key, stage.compliance.certificate);
    for (const kind of SIX_KINDS) {
      const document = egs.next(kind);
      const result = await stage.checks.checkInvoiceCompliance({
        invoice: document.xml,
        invoiceHash: document.invoiceHash,
      });
      expect(result).toMatchObject({
        status: 'accepted',
        httpStatus: 200,
        ...(kind.subtype === 'standard' ? { clearanceStatus: 'CLEARED' } : { reportingStatus: 'REPORTED' }),
      });
    }
    const production = await stage.checks.requestProductionCsid({
      complianceRequestId: stage.compliance.requestId,
    });
    expect(production.dispositionMessage).toBe('ISSUED');
    expect(production.requestId).not.toBe(stage.compliance.requestId);
    expect(production.binarySecurityToken).not.toBe(stage.compliance.binarySecurityToken);
    expect(production.certificate.publicKey).toEqual(stage.key.publicKey);

    const client = stage.checks.withCredentials(production);
    const unit = new TestEgs(stage.key, production.certificate);
    const simplified = unit.next({ subtype: 'simplified', typeCode: '388' });
    expect(
      await client.reportInvoice({ invoice: simplified.xml, invoiceHash: simplified.invoiceHash }),
    ).toMatchObject({ status: 'accepted', reportingStatus: 'REPORTED' });
    const standard = unit.next({ subtype: 'standard', typeCode: '388' });
    expect(
      await client.clearInvoice({ invoice: standard.xml, invoiceHash: standard.invoiceHash }),
    ).toMatchObject({
      status: 'accepted',
      clearanceStatus: 'CLEARED',
      clearedInvoice: expect.stringContaining('<'),
    });
  });

  it('refuses the production CSID with 400 Missing-ComplianceSteps until every enabled kind passed, naming the missing ones', async () => {
    const stage = await requestCompliance(simulator);
    await passComplianceChecks(stage, SIX_KINDS.slice(0, 4));
    const error = await thrownBy(
      stage.checks.requestProductionCsid({ complianceRequestId: stage.compliance.requestId }),
      RejectedError,
    );
    expect(error.errors[0]).toEqual({
      code: 'Missing-ComplianceSteps',
      message:
        'The compliance certificate is not done with the following compliance steps yet [simplified-credit-note-compliant,simplified-debit-note-compliant]',
    });
    await passComplianceChecks(stage, SIX_KINDS.slice(4));
    const production = await stage.checks.requestProductionCsid({
      complianceRequestId: stage.compliance.requestId,
    });
    expect(production.dispositionMessage).toBe('ISSUED');
  });

  it('needs only the kinds the title enables: three simplified checks for 0100', async () => {
    const stage = await requestCompliance(simulator, { invoiceType: '0100' });
    await passComplianceChecks(
      stage,
      SIX_KINDS.filter((kind) => kind.subtype === 'simplified'),
    );
    const production = await stage.checks.requestProductionCsid({
      complianceRequestId: stage.compliance.requestId,
    });
    expect(production.certificate.egs.invoiceType).toBe('0100');
  });

  it('fails the compliance check of a kind the title does not enable with certificate-permissions', async () => {
    const stage = await requestCompliance(simulator, { invoiceType: '0100' });
    const document = new TestEgs(stage.key, stage.compliance.certificate).next({
      subtype: 'standard',
      typeCode: '388',
    });
    const error = await thrownBy(
      stage.checks.checkInvoiceCompliance({ invoice: document.xml, invoiceHash: document.invoiceHash }),
      RejectedError,
    );
    expect(error.validationResults?.errorMessages).toEqual([
      expect.objectContaining({ code: 'certificate-permissions', category: 'CERTIFICATE_ERRORS' }),
    ]);
  });

  it("refuses a compliance_request_id that is not the authenticating CSID's own, or none", async () => {
    const first = await requestCompliance(simulator);
    const second = await requestCompliance(simulator);
    await passComplianceChecks(first);
    const error = await thrownBy(
      second.checks.requestProductionCsid({ complianceRequestId: first.compliance.requestId }),
      RejectedError,
    );
    expect(error.errors[0]).toEqual({
      code: 'Invalid-ComplianceRequestId',
      message: 'The provided compliance_request_id is invalid',
    });
    expect(await productionCsid(second, {})).toMatchObject({
      status: 400,
      json: { code: 'Missing-compliance_request_id' },
    });
  });

  it('sends the missing steps in the shape the early-production-csid behaviour names', async () => {
    const stage = await requestCompliance(simulator, { invoiceType: '1000' });
    const body = { compliance_request_id: stage.compliance.requestId };
    simulator.behaviours.set({ 'early-production-csid': 'missing-steps-list' });
    expect(await productionCsid(stage, body)).toMatchObject({
      status: 400,
      json: {
        errors: [
          { code: 'Missing-ComplianceSteps', message: 'Compliance steps for this CSID are not yet complete' },
        ],
      },
    });
    simulator.behaviours.set({ 'early-production-csid': 'not-compliant' });
    expect(await productionCsid(stage, body)).toEqual({
      status: 200,
      headers: expect.anything(),
      text: expect.any(String),
      json: {
        requestID: -1,
        tokenType: null,
        dispositionMessage: 'NOT_COMPLIANT',
        binarySecurityToken: '',
        secret: '',
        errors: [
          'The compliance certificate is not done with the following compliance steps yet [standard-compliant,standard-credit-note-compliant,standard-debit-note-compliant]',
        ],
      },
    });
  });

  it('requires the QR-code steps only when asked to and the title sets flag C or Z', async () => {
    simulator.behaviours.set({ 'qr-compliance-steps': 'required' });
    const flagged = await requestCompliance(simulator, { invoiceType: '1110' });
    await passComplianceChecks(
      flagged,
      SIX_KINDS.filter((kind) => kind.subtype === 'standard'),
    );
    const missing = await productionCsid(flagged, { compliance_request_id: flagged.compliance.requestId });
    expect(missing.json).toMatchObject({
      message: expect.stringContaining(
        '[simplified-compliant,simplified-credit-note-compliant,simplified-debit-note-compliant,seller-qr-code-compliant,buyer-qr-code-compliant]',
      ),
    });
    await passComplianceChecks(flagged, SIX_KINDS.slice(3, 4));
    const after = await productionCsid(flagged, { compliance_request_id: flagged.compliance.requestId });
    expect(after.json).toMatchObject({
      message: expect.stringContaining('[simplified-credit-note-compliant,simplified-debit-note-compliant]'),
    });
    const plain = await requestCompliance(simulator, { invoiceType: '1000' });
    await passComplianceChecks(plain, SIX_KINDS.slice(0, 3));
    expect((await productionCsid(plain, { compliance_request_id: plain.compliance.requestId })).status).toBe(
      200,
    );
  });

  it('answers a compliance CSID of another environment with 400 Invalid-CurrentCCSID, unknown credentials with 401', async () => {
    const stage = await requestCompliance(simulator);
    await passComplianceChecks(stage);
    const body = { compliance_request_id: stage.compliance.requestId };
    expect(await productionCsid(stage, body, 'production')).toMatchObject({
      status: 400,
      json: { code: 'Invalid-CurrentCCSID', message: 'The provided CurrentCCSID is invalid' },
    });
    const stranger = await rawCall(`${simulator.url}/production/csids`, {
      headers: { ...API_HEADERS, Authorization: basicAuth({ ...stage.compliance, secret: 'wrong' }) },
      body,
    });
    expect(stranger).toMatchObject({
      status: 401,
      json: { status: 401, error: 'Unauthorized', message: '' },
    });
  });

  it('keeps the two CSIDs to their own calls: a compliance CSID cannot report, a production CSID cannot run compliance checks', async () => {
    const { client, checks, egs } = await onboard(simulator);
    const document = egs.next({ subtype: 'simplified', typeCode: '388' });
    const submission = { invoice: document.xml, invoiceHash: document.invoiceHash };
    await expect(checks.reportInvoice(submission)).rejects.toBeInstanceOf(AuthenticationError);
    await expect(client.checkInvoiceCompliance(submission)).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('POST /production/csids on the developer portal', () => {
  it("has no gate and answers with the portal's canned CSID, whatever the CSR", async () => {
    const stage = await requestCompliance(simulator, { environment: 'developer-portal' });
    const answer = await productionCsid(
      stage,
      { compliance_request_id: stage.compliance.requestId },
      'developer-portal',
    );
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      requestID: expect.any(Number),
      tokenType: 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3',
      dispositionMessage: 'ISSUED',
      binarySecurityToken: DEVELOPER_PORTAL_CSID.binarySecurityToken,
      secret: DEVELOPER_PORTAL_CSID.secret,
      errors: null,
    });
    const production = await stage.checks.requestProductionCsid({
      complianceRequestId: stage.compliance.requestId,
    });
    expect(production.certificate.egs.vatNumber).toBe('399999999900003');
    expect(production.certificate.publicKey).not.toEqual(stage.key.publicKey);
  });
});
