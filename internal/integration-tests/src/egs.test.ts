/**
 * The EGS unit of `@fatoora/core` against the local Fatoora simulator over loopback: onboarding
 * (compliance CSID, the six compliance checks, production CSID), issuing and submitting each kind,
 * the chain across failures and retries, the outbox, renewal and the platform's faults.
 */
import { type FatooraClientOptions, RejectedError, ServerError } from '@fatoora/core/api';
import { generatePrivateKey } from '@fatoora/core/crypto';
import {
  Egs,
  type EgsOpenOptions,
  type EgsStore,
  type IssuedDocumentRecord,
  MemoryEgsStore,
} from '@fatoora/core/egs';
import { EgsError } from '@fatoora/core/errors';
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '@fatoora/core/model';
import { FIRST_PREVIOUS_INVOICE_HASH, hashInvoice, verifyInvoice } from '@fatoora/core/signing';
import { type RunningSimulator, startSimulator } from '@fatoora/simulator';
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import { simulatorPerFile } from '@fatoora/test-support/simulator-per-file';
import { draftOf } from '@fatoora/test-support-core/egs-drafts';
import { describe, expect, it } from 'vitest';

const KINDS = Object.keys(DOCUMENT_KINDS) as ComplianceDocumentKind[];
const OTP = '123345';

let simulator: RunningSimulator;
simulatorPerFile(async () => {
  // The Fatoora portal issued these units the OTP 123345 (simulation has no fixed one).
  simulator = await startSimulator({ port: 0, otp: { codes: ['123345'] } });
  return simulator;
});

/** Client options for the simulator; retries off unless asked, so the outbox does the retrying. */
function clientOptions(extra: Partial<FatooraClientOptions> = {}): FatooraClientOptions {
  return {
    baseUrl: simulator.url,
    environment: 'simulation',
    retry: false,
    ...extra,
  } as FatooraClientOptions;
}

/** A unit on a fresh memory store, opened and (unless told otherwise) onboarded. */
async function unit(options: Partial<EgsOpenOptions> & { onboard?: boolean } = {}) {
  const { onboard = true, ...open } = options;
  const store = open.store ?? new MemoryEgsStore();
  const egs = await Egs.open({ store, unitId: 'till-1', client: clientOptions(), ...open });
  if (onboard) await egs.onboard({ otp: OTP, csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' });
  return { egs, store };
}

/** Checks that the unit's documents carry ICVs 1…n, each PIH the previous document's hash. */
function expectUnbrokenChain(documents: readonly IssuedDocumentRecord[], length: number): void {
  expect(documents.map((document) => document.counter)).toEqual(Array.from({ length }, (_, i) => i + 1));
  documents.forEach((document, i) => {
    expect(document.previousInvoiceHash).toBe(
      i === 0 ? FIRST_PREVIOUS_INVOICE_HASH : documents[i - 1]!.invoiceHash,
    );
  });
}

async function allDocuments(store: EgsStore): Promise<IssuedDocumentRecord[]> {
  return store.listDocuments('till-1');
}

describe('Egs against the simulator: onboarding', () => {
  it('onboards with all six compliance documents and gets a production CSID', async () => {
    const { egs, store } = await unit({ onboard: false });
    const result = await egs.onboard({ otp: OTP, csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' });
    expect(result.steps).toEqual([
      { step: 'compliance-csid', outcome: 'passed' },
      ...KINDS.map((kind) => ({ step: 'compliance-check', kind, outcome: 'passed' })),
      { step: 'production-csid', outcome: 'passed' },
    ]);
    expect(result.generatedPrivateKey).toBe(true);
    expect(egs.onboarded).toBe(true);
    expect(egs.csidExpiry?.toISOString()).toBe(result.csidExpiresAt.toISOString());
    expect(egs.csidExpiry!.getTime()).toBeGreaterThan(Date.now());
    const record = await store.loadUnit('till-1');
    expect(record?.passedComplianceChecks).toEqual(KINDS);
    // The key stays in this process unless the caller asks for it to be stored.
    expect(record?.privateKeyPem).toBeUndefined();
    // The compliance samples are not part of the production chain.
    expect(await store.chainHead('till-1')).toEqual({
      counter: 0,
      previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
    });
  });

  it('runs only the simplified checks for a CSR that enables simplified documents only', async () => {
    const { egs } = await unit({ onboard: false });
    const result = await egs.onboard({
      otp: OTP,
      csrConfig: { ...SAMPLE_CSR_CONFIG, invoiceType: '0100' },
      environment: 'simulation',
    });
    expect(result.steps.flatMap((step) => ('kind' in step ? [step.kind] : []))).toEqual([
      'simplified-invoice',
      'simplified-credit-note',
      'simplified-debit-note',
    ]);
    await expect(egs.issue(draftOf('standard-invoice'))).rejects.toMatchObject({
      faults: [{ rule: 'certificate-permissions', path: 'transaction.subtype' }],
    });
  });

  it('resumes at the failed step after an injected failure, with the same key and without a new OTP', async () => {
    const store = new MemoryEgsStore();
    const privateKey = generatePrivateKey();
    let calls = 0;
    // The third call (the second compliance check) meets a 503 the simulator injects.
    const countingFetch: typeof fetch = (input, init) => {
      calls += 1;
      if (calls === 3) simulator.faults.set({ failNext: 1 });
      return fetch(input, init);
    };
    const first = await Egs.open({
      store,
      unitId: 'till-1',
      privateKey,
      client: clientOptions({ fetch: countingFetch }),
    });
    const failure = await first
      .onboard({ otp: OTP, csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EgsError);
    expect(failure).toMatchObject({
      code: 'onboarding-failed',
      details: { step: 'compliance-check', kind: 'standard-credit-note' },
    });
    expect((failure as EgsError).cause).toBeInstanceOf(ServerError);
    const saved = await store.loadUnit('till-1');
    expect(saved?.complianceCsid).toBeDefined();
    expect(saved?.passedComplianceChecks).toEqual(['standard-invoice']);
    expect(saved?.productionCsid).toBeUndefined();

    // Another process opens the same unit with its key and resumes without an OTP.
    const second = await Egs.open({ store, unitId: 'till-1', privateKey, client: clientOptions() });
    const result = await second.onboard({ csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' });
    expect(result.steps.map((step) => step.outcome)).toEqual([
      'skipped',
      'skipped',
      'passed',
      'passed',
      'passed',
      'passed',
      'passed',
      'passed',
    ]);
    expect(result.generatedPrivateKey).toBe(false);
    expect((await store.loadUnit('till-1'))?.complianceCsid?.requestId).toBe(
      saved?.complianceCsid?.requestId,
    );
    const issued = await second.issue(draftOf('standard-invoice'));
    expect(issued.state).toBe('cleared');
  });

  it('runs again the checks a refused production CSID request names as missing, though the record had them passed', async () => {
    const store = new MemoryEgsStore();
    const privateKey = generatePrivateKey();
    const egs = await Egs.open({ store, unitId: 'till-1', privateKey, client: clientOptions() });
    const onboarding = { csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' } as const;
    // The first check is refused; then the record claims it passed, which the platform never saw.
    simulator.faults.set({ rejectNext: 1, endpoints: ['compliance-check'] });
    await expect(egs.onboard({ ...onboarding, otp: OTP })).rejects.toMatchObject({
      details: { step: 'compliance-check', kind: 'standard-invoice' },
    });
    simulator.faults.reset();
    const record = (await store.loadUnit('till-1'))!;
    await store.saveUnit({ ...record, passedComplianceChecks: ['standard-invoice'] });

    const reopened = await Egs.open({ store, unitId: 'till-1', privateKey, client: clientOptions() });
    const refused = await reopened.onboard(onboarding).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: 'onboarding-failed',
      details: { step: 'production-csid', missingSteps: ['standard-compliant'] },
    });
    expect((refused as EgsError).cause).toBeInstanceOf(RejectedError);
    expect((await store.loadUnit('till-1'))?.passedComplianceChecks).not.toContain('standard-invoice');

    const result = await reopened.onboard(onboarding);
    expect(result.steps.filter((step) => step.outcome === 'passed')).toEqual([
      { step: 'compliance-check', kind: 'standard-invoice', outcome: 'passed' },
      { step: 'production-csid', outcome: 'passed' },
    ]);
    expect((await reopened.issue(draftOf('standard-invoice'))).state).toBe('cleared');
  });

  it('names the refused step when the OTP is wrong, and refuses to resume with another configuration', async () => {
    const { egs } = await unit({ onboard: false });
    const failure = await egs
      .onboard({ otp: '000000', csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'onboarding-failed', details: { step: 'compliance-csid' } });
    expect((failure as EgsError).cause).toBeInstanceOf(RejectedError);
    await egs.onboard({ otp: OTP, csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' });
    await expect(
      egs.onboard({
        otp: OTP,
        csrConfig: { ...SAMPLE_CSR_CONFIG, commonName: 'another' },
        environment: 'simulation',
      }),
    ).rejects.toMatchObject({ code: 'csr-config-mismatch' });
    const again = await egs.onboard({ csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' });
    expect(again.steps.every((step) => step.outcome === 'skipped')).toBe(true);
  });

  it('keeps the key in the unit record when asked to, so the unit reopens without it', async () => {
    const store = new MemoryEgsStore();
    const { egs } = await unit({ store, storePrivateKey: true });
    expect((await store.loadUnit('till-1'))?.privateKeyPem).toContain('BEGIN PRIVATE KEY');
    const reopened = await Egs.open({ store, unitId: 'till-1', client: clientOptions() });
    expect(reopened.privateKey?.publicKey).toEqual(egs.privateKey?.publicKey);
    expect((await reopened.issue(draftOf('simplified-invoice'), { reportNow: true })).state).toBe('reported');
  });
});

describe('Egs against the simulator: issuing', () => {
  it('issues 50 mixed documents: standard ones cleared at once, simplified ones reported from the outbox', async () => {
    const { egs, store } = await unit();
    const issued = [];
    for (let i = 0; i < 50; i++) {
      const kind = KINDS[i % KINDS.length]!;
      // Every fourth simplified document is reported at once; the others wait in the outbox.
      issued.push(await egs.issue(draftOf(kind, `DOC-${i + 1}`), { reportNow: i % 4 === 3 }));
    }
    const standard = issued.filter((invoice) => invoice.kind.startsWith('standard'));
    expect(standard.every((invoice) => invoice.state === 'cleared')).toBe(true);
    for (const invoice of standard) {
      // The cleared XML is ZATCA's copy: the submitted document with the platform's QR, same hash.
      expect(invoice.document).toBeDefined();
      expect(hashInvoice(invoice.document!)).toBe(hashInvoice(invoice.signedXml));
      expect(invoice.qr).toBeDefined();
    }
    // Clearing a standard document sends the simplified ones issued before it first (chain order).
    expect((await egs.pending()).every((item) => item.counter > standard.at(-1)!.counter)).toBe(true);
    const drained = await egs.drainOutbox();
    expect(drained.remaining).toEqual([]);
    expect(drained.stuck).toEqual([]);

    const documents = await allDocuments(store);
    expectUnbrokenChain(documents, 50);
    for (const document of documents) {
      expect(document.submission.state).toBe(document.kind.startsWith('standard') ? 'cleared' : 'reported');
      expect(document.submission.attempts).toBe(1);
    }
    for (const invoice of issued.filter((item) => item.kind.startsWith('simplified'))) {
      expect(invoice.document).toBe(invoice.signedXml);
      expect(verifyInvoice(invoice.signedXml).valid).toBe(true);
    }
    const status = await egs.status();
    expect(status).toMatchObject({
      chainHead: { counter: 50 },
      outbox: { pending: 0, overdue: 0 },
      rejected: 0,
    });
  });

  it('gives 100 concurrent issue calls ICVs 1 to 100, each PIH the previous hash, all cleared', async () => {
    const { egs, store } = await unit();
    const issued = await Promise.all(
      Array.from({ length: 100 }, (_, i) => egs.issue(draftOf('standard-invoice', `STD-${i + 1}`))),
    );
    const documents = await allDocuments(store);
    expectUnbrokenChain(documents, 100);
    // The platform checks every PIH against the last document it got: all cleared means all in order.
    expect(issued.map((invoice) => invoice.state)).toEqual(Array(100).fill('cleared'));
    expect(new Set(issued.map((invoice) => invoice.counter)).size).toBe(100);
  }, 120_000);

  it('reports standard documents instead when clearance is switched off (303)', async () => {
    const { egs } = await unit();
    simulator.behaviours.set({ clearance: 'off' });
    const issued = await egs.issue(draftOf('standard-debit-note'));
    expect(issued).toMatchObject({ state: 'reported', route: 'reporting', attempts: 2 });
    expect(issued.document).toBe(issued.signedXml);
    simulator.behaviours.set({ clearance: 'on' });
    expect((await egs.issue(draftOf('standard-invoice'))).state).toBe('cleared');
  });

  it('settles a document the platform refuses (400) as rejected, and the next one chains to it', async () => {
    const { egs } = await unit();
    await egs.issue(draftOf('simplified-invoice'), { reportNow: true });
    // The platform refuses the next document: an injected rejection, as ours break no rule (and
    // ZATCA takes a PIH that is not the previous hash, so a broken chain is no way to provoke one).
    simulator.faults.set({ rejectNext: 1 });
    const rejected = await egs.issue(draftOf('simplified-invoice'), { reportNow: true });
    expect(rejected.state).toBe('rejected');
    expect(rejected.messages.map((message) => message.code)).toContain('injected-rejection');
    expect(rejected.lastError).toBeUndefined();
    // The rejected document keeps its ICV and its place in the chain, here and on the platform.
    const corrected = await egs.issue(draftOf('simplified-invoice'), { reportNow: true });
    expect(corrected).toMatchObject({
      counter: 3,
      previousInvoiceHash: rejected.invoiceHash,
      state: 'reported',
    });
    expect((await egs.status()).rejected).toBe(1);
  });
});

describe('Egs against the simulator: the outbox', () => {
  it('keeps a document pending after a 5xx and sends the later ones meanwhile; the stuck one goes after its backoff', async () => {
    let offset = 0;
    const now = () => new Date(Date.now() + offset);
    const { egs, store } = await unit({ now, backoff: { baseMs: 60_000 } });
    for (const kind of ['simplified-invoice', 'simplified-credit-note', 'simplified-debit-note'] as const) {
      await egs.issue(draftOf(kind));
    }
    simulator.faults.set({ failNext: 1, failStatus: 503 });
    const failed = await egs.drainOutbox();
    // ZATCA takes documents out of order (fatoora-api.md §9): ICV 1 does not hold 2 and 3 back.
    expect(failed.settled.map((item) => [item.counter, item.state])).toEqual([
      [2, 'reported'],
      [3, 'reported'],
    ]);
    expect(failed.remaining.map((item) => [item.counter, item.attempts])).toEqual([[1, 1]]);
    expect(failed.stuck.map((item) => item.counter)).toEqual([1]);
    const first = failed.stuck[0]!;
    expect(first.lastError).toMatchObject({ code: 'api-server-error', status: 503 });
    expect(Date.parse(first.nextAttemptAt!) - Date.now()).toBeGreaterThan(50_000);
    expect(Date.parse(first.deadline) - Date.parse(first.issuedAt)).toBe(86_400_000);
    expect((await egs.status()).outbox.stuck.map((item) => item.counter)).toEqual([1]);

    // Before the backoff runs out nothing is sent.
    const early = await egs.drainOutbox();
    expect(early).toMatchObject({ settled: [], stuck: [] });
    expect((await store.getDocument('till-1', 1))?.submission.attempts).toBe(1);

    offset = 61_000;
    const drained = await egs.drainOutbox();
    expect(drained.settled.map((item) => [item.counter, item.state])).toEqual([[1, 'reported']]);
    expect(drained.remaining).toEqual([]);
    expect((await store.getDocument('till-1', 1))?.submission.attempts).toBe(2);
  });

  it('keeps a standard document pending when clearance meets a 5xx, and clears it from the outbox later', async () => {
    const { egs } = await unit();
    simulator.faults.set({ failNext: 1, failStatus: 500 });
    const pending = await egs.issue(draftOf('standard-invoice'));
    expect(pending).toMatchObject({ state: 'pending', route: 'clearance', attempts: 1 });
    expect(pending.document).toBeUndefined();
    expect(pending.lastError?.code).toBe('api-server-error');
    expect((await egs.pending()).map((item) => item.route)).toEqual(['clearance']);
    const drained = await egs.drainOutbox({ force: true });
    expect(drained.settled).toEqual([{ counter: 1, id: pending.id, state: 'cleared' }]);
    expect((await egs.document(1))?.document).toContain('Invoice');
  });

  it('clears a later document while an earlier one is stuck, and sends the stuck one after its backoff', async () => {
    const { egs } = await unit();
    await egs.issue(draftOf('simplified-invoice'));
    simulator.faults.set({ failNext: 1 });
    const next = await egs.issue(draftOf('standard-invoice'));
    expect(next).toMatchObject({ counter: 2, state: 'cleared', attempts: 1 });
    expect((await egs.document(1))?.state).toBe('pending');
    const later = await egs.issue(draftOf('standard-credit-note'));
    expect(later.state).toBe('cleared');
    expect((await egs.drainOutbox({ force: true })).settled).toEqual([
      expect.objectContaining({ counter: 1, state: 'reported' }),
    ]);
  });

  it('resolves a dropped answer as reported when the retry meets a 409, without a new ICV', async () => {
    const { egs, store } = await unit();
    const issued = await egs.issue(draftOf('simplified-invoice'));
    simulator.faults.set({ dropNext: 1 });
    const dropped = await egs.drainOutbox();
    expect(dropped.remaining[0]?.lastError?.code).toBe('network-failure');
    // The simulator did record the document; sending the same signed bytes again meets a 409.
    const retried = await egs.drainOutbox({ force: true });
    expect(retried.settled).toEqual([{ counter: 1, id: issued.id, state: 'reported' }]);
    const document = await store.getDocument('till-1', 1);
    expect(document?.submission).toMatchObject({ state: 'reported', attempts: 2 });
    expect(
      document?.submission.messages?.some((message) =>
        /previously submitted|already reported/i.test(message.message),
      ),
    ).toBe(true);
    expect(await store.chainHead('till-1')).toMatchObject({ counter: 1 });
  });

  it('settles a dropped clearance as cleared when the retry meets a 409', async () => {
    const { egs } = await unit();
    simulator.faults.set({ dropNext: 1 });
    const pending = await egs.issue(draftOf('standard-invoice'));
    expect(pending).toMatchObject({ state: 'pending', lastError: { code: 'network-failure' } });
    const retried = await egs.drainOutbox({ force: true });
    expect(retried.settled).toEqual([{ counter: 1, id: pending.id, state: 'cleared' }]);
    // The duplicate answer (208) carries the cleared XML of the lost answer again: the document to hand over.
    const cleared = await egs.document(1);
    expect(cleared?.document).toBeDefined();
    expect(hashInvoice(cleared!.document!)).toBe(hashInvoice(cleared!.signedXml));
    // The next document chains on: the platform had the first one all along.
    expect((await egs.issue(draftOf('standard-invoice'))).state).toBe('cleared');
  });

  it('lets the client retry a dropped answer itself and still settles it once', async () => {
    const { egs, store } = await unit({ client: clientOptions({ retry: { limit: 2, delayMs: () => 10 } }) });
    simulator.faults.set({ dropNext: 1 });
    const issued = await egs.issue(draftOf('simplified-credit-note'), { reportNow: true });
    expect(issued).toMatchObject({ state: 'reported', attempts: 1 });
    expect(await allDocuments(store)).toHaveLength(1);
  });

  it('resolves a timeout whose outcome is unknown without issuing twice', async () => {
    const onboarded = await unit();
    const { store } = onboarded;
    const egs = await Egs.open({
      store,
      unitId: 'till-1',
      privateKey: onboarded.egs.privateKey!,
      client: clientOptions({ timeoutMs: 200 }),
    });
    await egs.issue(draftOf('simplified-invoice'));
    simulator.faults.set({ latencyMs: 500 });
    const timedOut = await egs.drainOutbox();
    expect(timedOut.remaining[0]?.lastError?.code).toBe('timeout');
    simulator.faults.reset();
    await new Promise((resolve) => setTimeout(resolve, 600)); // whatever the platform does with the late call
    // Sent again, the same signed document is reported once: 200 if the late call was lost, 409 if
    // not. The retry goes through a unit with the default timeout: 200 ms was for the slow call
    // alone, and a loaded CI machine can take that long for a normal answer (a second timeout here
    // says nothing about the outcome this test is about).
    const patient = await Egs.open({
      store,
      unitId: 'till-1',
      privateKey: onboarded.egs.privateKey!,
      client: clientOptions(),
    });
    const retried = await patient.drainOutbox({ force: true });
    expect(retried.settled.map((item) => item.state)).toEqual(['reported']);
    expect(await allDocuments(store)).toHaveLength(1);
    expect((await store.getDocument('till-1', 1))?.submission.attempts).toBe(2);
  });
});

describe('Egs against the simulator: renewal', () => {
  it('renews the production CSID with the same key, sending pending documents first, and the chain goes on', async () => {
    const { egs, store } = await unit();
    await egs.issue(draftOf('standard-invoice'));
    await egs.issue(draftOf('simplified-invoice'));
    const before = (await store.loadUnit('till-1'))!.productionCsid!;
    const result = await egs.renew({ otp: await simulator.mintOtp() });
    const after = (await store.loadUnit('till-1'))!.productionCsid!;
    expect(after.requestId).not.toBe(before.requestId);
    expect(after.binarySecurityToken).not.toBe(before.binarySecurityToken);
    expect(result.previousExpiresAt.toISOString()).toBe(before.expiresAt);
    expect(result.csidExpiresAt.toISOString()).toBe(after.expiresAt);
    expect(egs.csidExpiry?.toISOString()).toBe(after.expiresAt);
    expect((await egs.status()).csidExpiresAt?.toISOString()).toBe(after.expiresAt);
    expect((await store.getDocument('till-1', 2))?.submission.state).toBe('reported');

    const next = await egs.issue(draftOf('standard-credit-note'));
    expect(next).toMatchObject({ counter: 3, state: 'cleared' });
    expect(verifyInvoice(next.signedXml, { certificate: after.certificate }).valid).toBe(true);
  });

  it('refuses to renew while documents signed with the old certificate cannot be sent', async () => {
    const { egs } = await unit();
    await egs.issue(draftOf('simplified-invoice'));
    simulator.faults.set({ failNext: 1 });
    await expect(egs.renew({ otp: await simulator.mintOtp() })).rejects.toMatchObject({
      code: 'outbox-not-empty',
      details: { pending: [1] },
    });
  });

  it('names the refused renewal when the OTP is wrong', async () => {
    const { egs } = await unit();
    const failure = await egs.renew({ otp: '000000' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'renewal-failed' });
    expect((failure as EgsError).cause).toBeInstanceOf(RejectedError);
  });
});
