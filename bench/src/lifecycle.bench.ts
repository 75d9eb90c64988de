/**
 * `pnpm bench` (third part): the EGS lifecycle against the local Fatoora simulator, in-process
 * over loopback — onboarding (key, CSR, compliance CSID, six compliance documents, production
 * CSID; target ≤ 2 s), then issued-and-reported simplified invoices and issued-and-cleared
 * standard invoices per second, one at a time and with eight callers at once. Every figure is
 * also given as a ratio to `signInvoice` alone, measured in the same run, so the platform
 * round-trip's share is visible whatever the machine.
 */
import { signInvoice, stripSignature } from '@fatoora/core';
import { Egs, MemoryEgsStore } from '@fatoora/core/egs';
import type { InvoiceDraft } from '@fatoora/core/model';
import { startSimulator } from '@fatoora/simulator';
import { SAMPLE_BUYER, SAMPLE_CSR_CONFIG, SAMPLE_SELLER } from '@fatoora/test-support/parties';

const flags = { thirdParty: false, nominal: false, export: false, summary: false, selfBilled: false };

function draft(subtype: 'standard' | 'simplified', index: number): InvoiceDraft {
  const today = new Date().toISOString().slice(0, 10);
  return {
    id: `BENCH-${subtype}-${index}`,
    typeCode: '388',
    transaction: { subtype, ...flags },
    seller: SAMPLE_SELLER,
    ...(subtype === 'standard' ? { buyer: SAMPLE_BUYER, supplyDate: today } : {}),
    lines: Array.from({ length: 10 }, (_, line) => ({
      id: String(line + 1),
      name: `Item ${line + 1}`,
      quantity: String(line + 1),
      price: `${10 + line}.50`,
      taxCategory: 'S' as const,
      taxRate: '15',
    })),
  } as InvoiceDraft;
}

// The Fatoora portal issued this unit the OTP 123345 (simulation has no fixed one).
const simulator = await startSimulator({ port: 0, log: () => {}, otp: { codes: ['123345'] } });
const client = { baseUrl: simulator.url, retry: false as const };

async function onboardOnce(unitId: string): Promise<{ egs: Egs; store: MemoryEgsStore; ms: number }> {
  const started = performance.now();
  const store = new MemoryEgsStore();
  const egs = await Egs.open({ store, unitId, client });
  await egs.onboard({ otp: '123345', csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' });
  return { egs, store, ms: performance.now() - started };
}

async function rate(count: number, callers: number, issueOne: (index: number) => Promise<unknown>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (next < count) await issueOne(next++);
    }),
  );
  return (count / (performance.now() - started)) * 1000;
}

try {
  await onboardOnce('warm-up');
  const onboardings: number[] = [];
  for (let run = 0; run < 5; run++) onboardings.push((await onboardOnce(`unit-${run}`)).ms);
  const onboardingMs = onboardings.reduce((sum, ms) => sum + ms, 0) / onboardings.length;

  const { egs, store } = await onboardOnce('throughput');
  const reported = (callers: number) =>
    rate(200, callers, (index) => egs.issue(draft('simplified', index), { reportNow: true }));
  const cleared = (callers: number) => rate(200, callers, (index) => egs.issue(draft('standard', index)));
  await reported(1); // warm-up
  const figures = {
    'reported, 1 caller': await reported(1),
    'reported, 8 callers': await reported(8),
    'cleared, 1 caller': await cleared(1),
    'cleared, 8 callers': await cleared(8),
  };

  // signInvoice alone on the same document with the unit's key and certificate, for the ratios.
  const document = await egs.issue(draft('simplified', 9999));
  const unsigned = stripSignature(document.signedXml);
  const certificate = (await store.loadUnit('throughput'))?.productionCsid?.certificate ?? '';
  const privateKey = egs.privateKey;
  if (!privateKey) throw new Error('the unit has no key in this process');
  let signs = 0;
  const signStarted = performance.now();
  while (performance.now() - signStarted < 2000) {
    signInvoice(unsigned, {
      privateKey,
      certificate,
      signingTime: '2024-05-01T10:00:00',
      replaceExistingSignature: true,
    });
    signs++;
  }
  const signsPerSecond = (signs / (performance.now() - signStarted)) * 1000;

  console.log('\nEGS lifecycle against the local simulator (in-process, loopback)');
  console.log(
    `Onboarding (key, CSR, compliance CSID, 6 compliance documents, production CSID): ${onboardingMs.toFixed(0)} ms mean of 5 (target ≤ 2000 ms)`,
  );
  console.table(
    Object.entries(figures).map(([what, perSecond]) => ({
      'issued and': what,
      'invoices per second': Number(perSecond.toFixed(1)),
      'ratio to signInvoice alone': Number((perSecond / signsPerSecond).toFixed(2)),
    })),
  );
  console.log(`signInvoice alone: ${signsPerSecond.toFixed(0)} per second`);
} finally {
  await simulator.close();
}
