import { AuthenticationError, RejectedError } from '@fatoora/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_NOW, SIX_KINDS } from '../../test/support/invoices.ts';
import { onboard, passComplianceChecks, requestCompliance } from '../../test/support/onboarding.ts';
import { TestEgs } from '../../test/support/test-egs.ts';
import { thrownBy } from '../../test/support/thrown-by.ts';
import { type RunningSimulator, startSimulator } from '../index.ts';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ now: SIMULATOR_NOW });
});
afterAll(() => simulator.close());

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
        'The compliance steps are not completed: no passing compliance check yet for simplified credit note (381), simplified debit note (383).',
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

  it("refuses a compliance_request_id that is not the authenticating CSID's own", async () => {
    const first = await requestCompliance(simulator);
    const second = await requestCompliance(simulator);
    await passComplianceChecks(first);
    const error = await thrownBy(
      second.checks.requestProductionCsid({ complianceRequestId: first.compliance.requestId }),
      RejectedError,
    );
    expect(error.errors[0]?.code).toBe('Invalid-Request-ID');
  });

  it('keeps the two CSIDs to their own calls: a compliance CSID cannot report, a production CSID cannot run compliance checks', async () => {
    const { client, checks, egs } = await onboard(simulator);
    const document = egs.next({ subtype: 'simplified', typeCode: '388' });
    const submission = { invoice: document.xml, invoiceHash: document.invoiceHash };
    await expect(checks.reportInvoice(submission)).rejects.toBeInstanceOf(AuthenticationError);
    await expect(client.checkInvoiceCompliance(submission)).rejects.toBeInstanceOf(AuthenticationError);
  });
});
