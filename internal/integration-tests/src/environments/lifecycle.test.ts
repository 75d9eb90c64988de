/**
 * One EGS unit's whole life on each of the three Fatoora environments, with the same `Egs` code
 * and nothing but its public API (issue 13, "Done when"): onboarding (CSR, compliance CSID, the
 * compliance checks, production CSID); one document of each of the six kinds, standard ones
 * cleared, simplified ones reported from the outbox; a resend of bytes the platform already
 * accepted, settled as accepted; a renewal with a fresh OTP, and one the platform answers 428 —
 * after each the unit goes on issuing with the new CSID. On the developer portal the unit signs
 * with the canned certificate as seller 399999999900003; elsewhere with a certificate made from its
 * own CSR. The steps of an environment build on each other, so they share one unit.
 */
import { parseCertificate } from '@fatoora/core/crypto';
import type { CsrConfig } from '@fatoora/core/csr';
import { type ComplianceDocumentKind, DOCUMENT_KINDS, type FatooraEnvironment } from '@fatoora/core/model';
import { hashInvoice } from '@fatoora/core/signing';
import { type RunningSimulator, startSimulator } from '@fatoora/simulator';
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import { simulatorPerFile } from '@fatoora/test-support/simulator-per-file';
import { expectChainInSignedXml } from '@fatoora/test-support-core/egs-chain-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ENVIRONMENT_NAMES,
  type ExpectedSigner,
  expectedSigner,
  expectSignedBy,
  openUnit,
  portalOtp,
  UNIT_CSR_CONFIG,
  unitDraft,
} from './units.ts';

const KINDS = Object.keys(DOCUMENT_KINDS) as ComplianceDocumentKind[];
const isStandard = (kind: ComplianceDocumentKind) => DOCUMENT_KINDS[kind].subtype === 'standard';

let simulator: RunningSimulator;
simulatorPerFile(async () => {
  // Documents analysed on the event loop: no analysis threads to start, the cheapest on two cores.
  simulator = await startSimulator({ analysisThreads: 0 });
  return simulator;
});
afterEach(() => {
  simulator.behaviours.reset();
});

/**
 * Each environment with a unit of its own seller, and the developer portal once more with a unit
 * whose CSR names the canned seller — the setup fatoora-api.md §10 suggests there, one seller
 * identity for both certificates.
 */
const CASES: readonly (readonly [FatooraEnvironment, string, CsrConfig])[] = [
  ...ENVIRONMENT_NAMES.map((environment) => [environment, 'its own seller', UNIT_CSR_CONFIG] as const),
  [
    'developer-portal',
    'the canned seller',
    { ...UNIT_CSR_CONFIG, vatNumber: SAMPLE_CSR_CONFIG.vatNumber, commonName: SAMPLE_CSR_CONFIG.commonName },
  ],
];

describe.each(CASES)('an EGS unit on %s whose CSR names %s', (environment, _seller, csrConfig) => {
  let unit: Awaited<ReturnType<typeof openUnit>>;
  let signer: ExpectedSigner;
  let issued = 0;
  const nextId = () => `${environment}-${++issued}`;
  const draft = (kind: ComplianceDocumentKind) => unitDraft(kind, nextId(), csrConfig.vatNumber);

  it('onboards: compliance CSID, the six compliance checks, production CSID', async () => {
    unit = await openUnit(simulator, environment);
    const result = await unit.egs.onboard({
      otp: await portalOtp(simulator, environment),
      csrConfig,
      environment,
    });
    // The developer portal has no gate, but the unit runs the checks there too (they are allowed).
    const stepNames = result.steps.map((step) => ('kind' in step ? `${step.step} ${step.kind}` : step.step));
    expect(stepNames).toEqual([
      'compliance-csid',
      ...KINDS.map((kind) => `compliance-check ${kind}`),
      'production-csid',
    ]);
    expect(new Set(result.steps.map((step) => step.outcome))).toEqual(new Set(['passed']));
    const record = await unit.store.loadUnit('till-1');
    expect(record?.environment).toBe(environment);
    // The compliance CSID is made from the unit's CSR everywhere, the developer portal included.
    const compliance = parseCertificate(record!.complianceCsid!.certificate);
    expect(compliance.publicKey).toEqual(unit.egs.privateKey!.publicKey);
    expect(compliance.egs.vatNumber).toBe(csrConfig.vatNumber);
    signer = await expectedSigner(simulator, unit, environment, csrConfig);
    expect(record?.productionCsid?.certificate).toBe(signer.certificate);
    expect(await unit.egs.status()).toMatchObject({
      environment,
      onboarded: true,
      issuing: {
        signingKey: environment === 'developer-portal' ? 'developer-portal-test-key' : 'unit',
        sellerVatNumber: signer.sellerVatNumber,
      },
      chainHead: { counter: 0 },
    });
  });

  it('issues one document of each kind: standard ones cleared at once, simplified ones reported from the outbox', async () => {
    const documents = [];
    for (const kind of KINDS) documents.push(await unit.egs.issue(draft(kind)));
    for (const document of documents) {
      expectSignedBy(document.signedXml, signer);
      if (isStandard(document.kind)) {
        expect(document).toMatchObject({ state: 'cleared', route: 'clearance', attempts: 1 });
        // ZATCA's stamped copy of the same document, for the buyer.
        expect(hashInvoice(document.document!)).toBe(document.invoiceHash);
        expectSignedBy(document.document!, signer);
      } else {
        expect(document).toMatchObject({ state: 'pending', route: 'reporting', attempts: 0 });
      }
    }
    const drained = await unit.egs.drainOutbox();
    expect(drained.settled.map((item) => [item.counter, item.state])).toEqual(
      documents
        .filter((document) => !isStandard(document.kind))
        .map((document) => [document.counter, 'reported']),
    );
    expect(drained.remaining).toEqual([]);
    expectChainInSignedXml(await unit.store.listDocuments('till-1'), KINDS.length);
    expect(await unit.egs.status()).toMatchObject({ outbox: { pending: 0 }, rejected: 0 });
  });

  it('settles a resend of bytes the platform already accepted as accepted, when its first answer was lost', async () => {
    simulator.faults.set({ dropNext: 2, endpoints: ['reporting', 'clearance'] });
    const simplified = await unit.egs.issue(draft('simplified-invoice'), { reportNow: true });
    const standard = await unit.egs.issue(draft('standard-invoice'));
    expect(simplified).toMatchObject({ state: 'pending', lastError: { code: 'network-failure' } });
    expect(standard).toMatchObject({ state: 'pending', lastError: { code: 'network-failure' } });
    const retried = await unit.egs.drainOutbox({ force: true });
    expect(retried.settled.map((item) => [item.counter, item.state])).toEqual([
      [simplified.counter, 'reported'],
      [standard.counter, 'cleared'],
    ]);
    // Clearance's duplicate answer (208 by default) hands back the stamped copy of the lost answer.
    const cleared = await unit.egs.document(standard.counter);
    expect(cleared).toMatchObject({ attempts: 2 });
    expect(cleared?.followUp).toBeUndefined();
    expect(hashInvoice(cleared!.document!)).toBe(standard.invoiceHash);
    expect((await unit.egs.document(simplified.counter))?.attempts).toBe(2);
  });

  it('renews with a fresh OTP, and issues with the new production CSID', async () => {
    const before = (await unit.store.loadUnit('till-1'))!.productionCsid!;
    const result = await unit.egs.renew({ otp: await portalOtp(simulator, environment) });
    expect(result).toMatchObject({ complianceRequired: false, complianceChecks: [], keyChanged: false });
    const after = (await unit.store.loadUnit('till-1'))!.productionCsid!;
    expect(after.requestId).not.toBe(before.requestId);
    if (environment === 'developer-portal') {
      // The portal hands out its canned CSID again.
      expect(after.certificate).toBe(before.certificate);
    } else {
      expect(after.certificate).not.toBe(before.certificate);
    }
    signer = await expectedSigner(simulator, unit, environment, csrConfig);
    await expectIssuesWith(signer);
  });

  it('renews through a 428: the compliance checks with the new compliance CSID, then the production CSID, with no manual step', async () => {
    simulator.behaviours.set({ renewal: '428' });
    const before = (await unit.store.loadUnit('till-1'))!;
    const result = await unit.egs.renew({ otp: await portalOtp(simulator, environment) });
    expect(result).toMatchObject({ complianceRequired: true, complianceChecks: KINDS, keyChanged: false });
    const after = (await unit.store.loadUnit('till-1'))!;
    expect(after.renewal).toBeUndefined();
    expect(after.complianceCsid?.requestId).not.toBe(before.complianceCsid?.requestId);
    expect(after.productionCsid?.requestId).not.toBe(before.productionCsid?.requestId);
    expect((await unit.egs.status()).renewal).toBeUndefined();
    signer = await expectedSigner(simulator, unit, environment, csrConfig);
    await expectIssuesWith(signer);
    expectChainInSignedXml(await unit.store.listDocuments('till-1'), issued);
  });

  /** Issues a standard and a simplified document and checks both are accepted and signed by `by`. */
  async function expectIssuesWith(by: ExpectedSigner): Promise<void> {
    const standard = await unit.egs.issue(draft('standard-credit-note'));
    const simplified = await unit.egs.issue(draft('simplified-debit-note'), { reportNow: true });
    expect([standard.state, simplified.state]).toEqual(['cleared', 'reported']);
    for (const xml of [standard.signedXml, standard.document!, simplified.signedXml]) expectSignedBy(xml, by);
  }
});
