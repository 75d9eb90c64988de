import { AuthenticationError, RejectedError } from '@fatoora/core/api';
import { certificateFromBinarySecurityToken, generatePrivateKey } from '@fatoora/core/crypto';
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import { FIRST_PREVIOUS_INVOICE_HASH } from '@fatoora/core/signing';
import { afterEach, describe, expect, it } from 'vitest';
import { invoiceModel, SIX_KINDS } from '../../test/support/invoices.ts';
import { clientFor, newCsr, onboard } from '../../test/support/onboarding.ts';
import { API_HEADERS, basicAuth, rawCall } from '../../test/support/raw-call.ts';
import { reportNext } from '../../test/support/report-next.ts';
import { signModel, TestEgs } from '../../test/support/test-egs.ts';
import { thrownBy } from '../../test/support/thrown-by.ts';
import { unitPerFile } from '../../test/support/unit-per-file.ts';

/** One simulator and EGS unit for the whole file: each test moves the unit's chain on. */
const shared = unitPerFile();
afterEach(() => {
  shared.simulator.behaviours.reset();
});

const simplified = { subtype: 'simplified', typeCode: '388' } as const;

/** A raw renewal with the unit's production CSID. */
const renewal = async (csr: string, otp?: string, credentials = shared.unit.production) =>
  rawCall(`${shared.simulator.url}/production/csids`, {
    method: 'PATCH',
    headers: {
      ...API_HEADERS,
      Authorization: basicAuth(credentials),
      OTP: otp ?? (await shared.simulator.mintOtp()),
    },
    body: { csr },
  });

describe('PATCH /production/csids', () => {
  it('renews the production CSID with a portal OTP and a new CSR; the new CSID continues the same chain', async () => {
    const { client, egs, production } = shared.unit;
    await reportNext(shared.unit);

    const { key, csr } = newCsr('simulation', {}, generatePrivateKey());
    const renewed = await client.renewProductionCsid({ csr, otp: await shared.simulator.mintOtp() });
    if (renewed.status !== 'issued') throw new Error(`expected an issued CSID, got ${renewed.status}`);
    const { productionCsid } = renewed;
    expect(productionCsid.dispositionMessage).toBe('ISSUED');
    expect(productionCsid.binarySecurityToken).not.toBe(production.binarySecurityToken);
    expect(productionCsid.certificate.publicKey).toEqual(key.publicKey);

    const next = new TestEgs(key, productionCsid.certificate);
    next.counter = egs.counter;
    next.previousInvoiceHash = egs.previousInvoiceHash;
    const second = next.next(simplified);
    const result = await client
      .withCredentials(productionCsid)
      .reportInvoice({ invoice: second.xml, invoiceHash: second.invoiceHash });
    expect(result).toMatchObject({ status: 'accepted', reportingStatus: 'REPORTED' });
  });

  it('answers 428 NOT_COMPLIANT with a compliance CSID for the new CSR when the behaviour asks; its checks and POST /production/csids finish the renewal', async () => {
    shared.simulator.behaviours.set({ renewal: '428' });
    const key = generatePrivateKey();
    const answer = await renewal(newCsr('simulation', {}, key).csr.base64);
    expect(answer.status).toBe(428);
    const body = answer.json as Record<string, unknown>;
    expect(body).toEqual({
      requestID: expect.any(Number),
      tokenType: null,
      dispositionMessage: 'NOT_COMPLIANT',
      binarySecurityToken: expect.any(String),
      secret: expect.any(String),
      errors: null,
    });
    const credentials = {
      binarySecurityToken: body.binarySecurityToken as string,
      secret: body.secret as string,
    };
    const certificate = certificateFromBinarySecurityToken(credentials.binarySecurityToken);
    expect(certificate.publicKey).toEqual(key.publicKey);

    const checks = clientFor(shared.simulator, 'simulation', { credentials });
    const complianceRequestId = String(body.requestID);
    await expect(checks.requestProductionCsid({ complianceRequestId })).rejects.toBeInstanceOf(RejectedError);
    for (const [index, kind] of SIX_KINDS.entries()) {
      const model = invoiceModel(kind, {
        counter: index + 1,
        previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
      });
      const document = signModel(model, key, certificate);
      await checks.checkInvoiceCompliance({ invoice: document.xml, invoiceHash: document.invoiceHash });
    }
    const production = await checks.requestProductionCsid({ complianceRequestId });
    expect(production.certificate.publicKey).toEqual(key.publicKey);

    // The renewed unit keeps its chain; the current production CSID still works meanwhile.
    const next = new TestEgs(key, production.certificate);
    next.counter = shared.unit.egs.counter;
    next.previousInvoiceHash = shared.unit.egs.previousInvoiceHash;
    const document = next.next(simplified);
    const result = await checks
      .withCredentials(production)
      .reportInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash });
    expect(result.reportingStatus).toBe('REPORTED');
    shared.unit.egs.counter = next.counter;
    shared.unit.egs.previousInvoiceHash = next.previousInvoiceHash;
    expect((await reportNext(shared.unit)).result.reportingStatus).toBe('REPORTED');
  });

  it('refuses an OTP that was already used', async () => {
    const otp = await shared.simulator.mintOtp();
    expect((await renewal(newCsr().csr.base64, otp)).status).toBe(200);
    expect(await renewal(newCsr().csr.base64, otp)).toMatchObject({
      status: 400,
      json: { code: 'Invalid-OTP', message: 'The provided OTP is invalid' },
    });
  });

  it('refuses a wrong OTP, 123345 included', async () => {
    for (const otp of ['000000', '123345']) {
      expect(await renewal(newCsr().csr.base64, otp)).toMatchObject({
        status: 400,
        json: { code: 'Invalid-OTP', message: 'The provided OTP is invalid' },
      });
    }
  });

  it("refuses a CSR for another taxpayer's VAT number with Invalid-CSR", async () => {
    const csr = newCsr('simulation', { vatNumber: '399999999800003' }).csr.base64;
    expect(await renewal(csr)).toMatchObject({
      status: 400,
      json: { code: 'Invalid-CSR', message: 'The provided CSR is invalid' },
    });
  });

  it('needs the current production CSID: a compliance CSID is Invalid-currentCSID, unknown credentials 401', async () => {
    const { checks } = shared.unit;
    const error = await thrownBy(
      checks.renewProductionCsid({ csr: newCsr().csr, otp: await shared.simulator.mintOtp() }),
      RejectedError,
    );
    expect(error.errors[0]).toEqual({
      code: 'Invalid-currentCSID',
      message: 'The provided currentCSID is invalid',
    });
    await expect(
      clientFor(shared.simulator, 'simulation', {
        credentials: { ...shared.unit.production, secret: 'not-the-secret' },
      }).renewProductionCsid({ csr: newCsr().csr, otp: await shared.simulator.mintOtp() }),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('PATCH /production/csids on the developer portal', () => {
  it("answers with the portal's canned CSID again", async () => {
    const unit = await onboard(shared.simulator, 'developer-portal');
    expect(unit.production.binarySecurityToken).toBe(DEVELOPER_PORTAL_CSID.binarySecurityToken);
    const answer = await rawCall(`${shared.simulator.urlFor('developer-portal')}/production/csids`, {
      method: 'PATCH',
      headers: { ...API_HEADERS, Authorization: basicAuth(unit.production), OTP: '123345' },
      body: { csr: newCsr('developer-portal').csr.base64 },
    });
    expect(answer).toMatchObject({
      status: 200,
      json: {
        dispositionMessage: 'ISSUED',
        binarySecurityToken: DEVELOPER_PORTAL_CSID.binarySecurityToken,
        secret: DEVELOPER_PORTAL_CSID.secret,
      },
    });
  });
});
