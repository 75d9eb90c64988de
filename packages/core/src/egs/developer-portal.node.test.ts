import { describe, expect, it } from 'vitest';
import { draftOf, sdkCsrConfig } from '../../test/support/egs-fixtures.ts';
import {
  csidCertificateFor,
  developerPortalProductionAnswer,
  embeddedCertificate,
  passedChecks,
  submittedXml,
} from '../../test/support/egs-platform.ts';
import { csidAnswerFor, invoiceAnswer } from '../../test/support/fatoora-answers.ts';
import { testKey } from '../../test/support/test-certificates.ts';
import { testServerPerTest } from '../../test/support/test-server-per-test.ts';
import { encodeBase64 } from '../encoding/base64.ts';
import { utf8Encode } from '../encoding/utf8.ts';
import { DEVELOPER_PORTAL_CSID } from '../model/developer-portal-csid.ts';
import type { FatooraEnvironment } from '../model/environments.ts';
import { verifyInvoice } from '../signing/verify-invoice.ts';
import { Egs } from './egs.ts';
import { MemoryEgsStore } from './store/memory-store.ts';

const server = testServerPerTest();

/** A CSR configuration in the name of another seller than the canned certificate's. */
const ownCsrConfig = { ...sdkCsrConfig, vatNumber: '310122393500003', commonName: 'TST-OWN-310122393500003' };
const cannedAuthorization = `Basic ${encodeBase64(utf8Encode(`${DEVELOPER_PORTAL_CSID.binarySecurityToken}:${DEVELOPER_PORTAL_CSID.secret}`))}`;

/** A unit with its own key, onboarded against the scripted platform of `environment`. */
async function onboard(
  environment: FatooraEnvironment,
  csrConfig: typeof ownCsrConfig | typeof sdkCsrConfig,
) {
  const unitKey = testKey();
  const store = new MemoryEgsStore();
  const client = { baseUrl: server.url, environment, retry: false } as const;
  const egs = await Egs.open({ store, unitId: 'till-1', client, privateKey: unitKey.privateKey! });
  const complianceCertificate = csidCertificateFor(unitKey);
  server.reply({ body: csidAnswerFor(complianceCertificate, '1234567890123') }, ...passedChecks(6), {
    body: developerPortalProductionAnswer(),
  });
  const onboarding = egs.onboard({ otp: '123345', csrConfig, environment });
  return { unitKey, store, client, egs, complianceCertificate, onboarding };
}

describe('an EGS unit on the developer portal', () => {
  it('keeps a key per certificate: its own for the compliance checks, the SDK test key for the canned production CSID', async () => {
    const { unitKey, store, client, egs, complianceCertificate, onboarding } = await onboard(
      'developer-portal',
      ownCsrConfig,
    );
    const result = await onboarding;
    expect(result.steps.at(-1)).toEqual({ step: 'production-csid', outcome: 'passed' });
    expect((await store.loadUnit('till-1'))?.environment).toBe('developer-portal');
    // The compliance checks carried the CSR's seller and the unit's own certificate and key.
    for (const request of server.requests.slice(1, 7)) {
      const xml = submittedXml(request);
      expect(embeddedCertificate(xml)).toBe(complianceCertificate);
      expect(xml).toContain('310122393500003');
      expect(verifyInvoice(xml).valid).toBe(true);
    }

    // Reopened with its own key, the unit neither refuses the key nor forgets which signs what.
    const reopened = await Egs.open({ store, unitId: 'till-1', client, privateKey: unitKey.privateKey! });
    expect(reopened.environment).toBe('developer-portal');
    const status = await reopened.status();
    expect(status).toMatchObject({
      environment: 'developer-portal',
      onboarded: true,
      issuing: { signingKey: 'developer-portal-test-key', sellerVatNumber: '399999999900003' },
    });

    server.reply({ body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) });
    const draft = draftOf('simplified-invoice', 'DP-1');
    const issued = await reopened.issue(
      { ...draft, seller: { ...draft.seller, vatNumber: '310122393500003' } },
      { reportNow: true },
    );
    expect(issued.state).toBe('reported');
    const report = server.requests.at(-1);
    expect(report?.path).toBe('/invoices/reporting/single');
    expect(report?.headers.authorization).toBe(cannedAuthorization);
    const xml = submittedXml(report);
    // The canned certificate's seller, its certificate and the SDK test key's signature.
    expect(xml).toContain('<cbc:CompanyID>399999999900003</cbc:CompanyID>');
    expect(xml).not.toContain('310122393500003');
    expect(embeddedCertificate(xml)).toBe(DEVELOPER_PORTAL_CSID.certificate);
    expect(verifyInvoice(xml).valid).toBe(true);
    expect(egs.privateKey?.publicKey).toEqual(unitKey.privateKey!.publicKey);
  });

  it('keeps one seller identity when the CSR is made with the canned VAT number', async () => {
    const { egs, onboarding } = await onboard('developer-portal', sdkCsrConfig);
    await onboarding;
    server.reply({ body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) });
    const issued = await egs.issue(draftOf('simplified-credit-note', 'DP-2'), { reportNow: true });
    expect(issued.state).toBe('reported');
    const checks = server.requests.slice(1, 7).map(submittedXml);
    const report = submittedXml(server.requests.at(-1));
    for (const xml of [...checks, report]) expect(xml).toContain('399999999900003');
  });

  it('refuses a seller VAT number that is neither the CSR’s nor the canned certificate’s', async () => {
    const { egs, onboarding } = await onboard('developer-portal', ownCsrConfig);
    await onboarding;
    const draft = draftOf('simplified-invoice');
    const foreignSeller = { ...draft.seller, vatNumber: '300000000000003' };
    const refusal = await egs.issue({ ...draft, seller: foreignSeller }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      faults: [{ rule: 'certificate-permissions', path: 'seller.vatNumber' }],
    });
  });

  it('refuses, on any other environment, a production CSID that does not carry the unit’s key', async () => {
    const { store, onboarding } = await onboard('simulation', ownCsrConfig);
    await expect(onboarding).rejects.toMatchObject({
      name: 'EgsError',
      code: 'csid-key-mismatch',
      details: { environment: 'simulation' },
    });
    const record = await store.loadUnit('till-1');
    expect(record?.productionCsid).toBeUndefined();
    expect(record?.passedComplianceChecks).toHaveLength(6);
  });
});
