/**
 * The Egs unit's chain on the Node stores, end to end: a unit onboarded against the simulator (in
 * this process, over loopback) on a `FileEgsStore` and on a `PostgresEgsStore` takes 100 concurrent
 * `issue` calls of simplified documents, and the chain its store keeps — read back from the signed
 * XML, each hash recomputed — must run ICV 1 to 100 with every PIH the previous document's hash;
 * draining the outbox must then report all 100 on the first try, which the simulator only grants
 * to documents that continue the chain it has seen. On PostgreSQL, two `Egs` instances on two pools
 * (two server instances) issuing on one unit at once must still make one unbroken chain. The
 * PostgreSQL tests need `FATOORA_TEST_POSTGRES_URL` (skipped without it locally, failing in CI).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Egs, type EgsStore, type IssuedInvoice } from '@fatoora/core/egs';
import { type RunningSimulator, startSimulator } from '@fatoora/simulator';
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import { simulatorPerFile } from '@fatoora/test-support/simulator-per-file';
import { expectChainInSignedXml } from '@fatoora/test-support-core/egs-chain-check';
import { draftOf } from '@fatoora/test-support-core/egs-drafts';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileEgsStore } from './file-store.ts';
import { PostgresEgsStore } from './postgres-store.ts';

const url = process.env.FATOORA_TEST_POSTGRES_URL;
const inCi = Boolean(process.env.CI);
const skipReason =
  'set FATOORA_TEST_POSTGRES_URL (e.g. `export FATOORA_TEST_POSTGRES_URL="$(bash scripts/postgres.sh)"`) to run';

const SIMPLIFIED = ['simplified-invoice', 'simplified-credit-note', 'simplified-debit-note'] as const;
const ONE_TO_100 = Array.from({ length: 100 }, (_, i) => i + 1);

let simulator: RunningSimulator;
// The Fatoora portal issued these units the OTP 123345 (simulation has no fixed one).
simulatorPerFile(async () => {
  simulator = await startSimulator({ port: 0, otp: { codes: ['123345'] } });
  return simulator;
});

/** Opens `unitId` on `store` against the simulator, onboarding it unless it already is. */
async function openUnit(store: EgsStore, unitId: string, privateKey?: Egs['privateKey']): Promise<Egs> {
  const egs = await Egs.open({
    store,
    unitId,
    client: { baseUrl: simulator.url, environment: 'simulation', retry: false },
    ...(privateKey ? { privateKey } : {}),
  });
  if (!egs.onboarded)
    await egs.onboard({ otp: '123345', csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' });
  return egs;
}

/** Issues `count` simplified documents at once on each unit given, alternating between them. */
function issueAtOnce(units: readonly Egs[], count: number): Promise<IssuedInvoice[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      units[i % units.length]!.issue(draftOf(SIMPLIFIED[i % 3]!, `SMP-${i % units.length}-${i + 1}`)),
    ),
  );
}

/** Drains the outbox and checks the simulator accepted all 100 documents, in order, on the first try. */
async function expectAllReported(egs: Egs, store: EgsStore): Promise<void> {
  const drained = await egs.drainOutbox();
  expect(drained.stuck).toEqual([]);
  expect(drained.remaining).toEqual([]);
  expect(drained.settled.map((item) => [item.counter, item.state])).toEqual(
    ONE_TO_100.map((counter) => [counter, 'reported']),
  );
  const documents = await store.listDocuments(egs.unitId);
  // The simulator checks each PIH against the last document it accepted: one try each means in order.
  expect(documents.map((document) => document.submission)).toEqual(
    documents.map(() => expect.objectContaining({ state: 'reported', attempts: 1 })),
  );
  expect(await egs.drainOutbox({ force: true })).toEqual({ settled: [], remaining: [], stuck: [] });
  expect((await egs.status()).chainHead).toEqual({
    counter: 100,
    previousInvoiceHash: documents.at(-1)!.invoiceHash,
  });
}

describe('Egs on FileEgsStore against the simulator', () => {
  it('gives 100 concurrent simplified issue calls ICVs 1 to 100, each PIH the previous hash, and reports them all', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'fatoora-egs-chain-'));
    try {
      const store = await FileEgsStore.open({ directory });
      const egs = await openUnit(store, 'till-1');
      const issued = await issueAtOnce([egs], 100);
      expect(issued.map((invoice) => invoice.counter).sort((a, b) => a - b)).toEqual(ONE_TO_100);
      expect(issued.every((invoice) => invoice.state === 'pending')).toBe(true);
      // Read back through another store on the same directory, as a restarted process would.
      const reader = await FileEgsStore.open({ directory });
      expectChainInSignedXml(await reader.listDocuments('till-1'), 100);
      await expectAllReported(egs, reader);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe.runIf(url === undefined && inCi)('Egs on PostgresEgsStore in CI', () => {
  it('has a PostgreSQL to test against (FATOORA_TEST_POSTGRES_URL is set)', () => {
    throw new Error(`FATOORA_TEST_POSTGRES_URL is not set in CI (${skipReason}).`);
  });
});

describe.skipIf(url === undefined)(`Egs on PostgresEgsStore against the simulator (${skipReason})`, () => {
  let admin: Pool;
  const schema = `fatoora_test_${randomUUID().replaceAll('-', '')}`;

  beforeAll(async () => {
    admin = new Pool({ connectionString: url, max: 1 });
    const store = await PostgresEgsStore.open({ pool: admin, schema });
    await store.migrate();
  });

  afterAll(async () => {
    await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin?.end();
  });

  it('gives 100 concurrent simplified issue calls ICVs 1 to 100, each PIH the previous hash, and reports them all', async () => {
    const store = await PostgresEgsStore.open({ connectionString: url!, schema });
    try {
      const egs = await openUnit(store, 'till-1');
      const issued = await issueAtOnce([egs], 100);
      expect(issued.map((invoice) => invoice.counter).sort((a, b) => a - b)).toEqual(ONE_TO_100);
      expectChainInSignedXml(await store.listDocuments('till-1'), 100);
      await expectAllReported(egs, store);
    } finally {
      await store.close();
    }
  });

  it('keeps one unbroken chain when two instances (two pools) issue on one unit at once', async () => {
    const [first, second] = await Promise.all([
      PostgresEgsStore.open({ connectionString: url!, schema }),
      PostgresEgsStore.open({ connectionString: url!, schema }),
    ]);
    try {
      const a = await openUnit(first!, 'till-2');
      const b = await openUnit(second!, 'till-2', a.privateKey);
      expect(b.onboarded).toBe(true);
      const issued = await issueAtOnce([a, b], 100);
      expect(issued.map((invoice) => invoice.counter).sort((x, y) => x - y)).toEqual(ONE_TO_100);
      const documents = await first!.listDocuments('till-2');
      expectChainInSignedXml(documents, 100);
      // Both instances issued, taking turns at the unit's head row rather than one after the other.
      const byInstance = [0, 1].map((instance) =>
        documents.filter((document) => document.id.startsWith(`SMP-${instance}-`)).map((d) => d.counter),
      );
      expect(byInstance.map((counters) => counters.length)).toEqual([50, 50]);
      const [ofA, ofB] = byInstance as [number[], number[]];
      expect(Math.max(...ofA) > Math.min(...ofB) && Math.max(...ofB) > Math.min(...ofA)).toBe(true);
      await expectAllReported(a, second!);
    } finally {
      await Promise.all([first!.close(), second!.close()]);
    }
  });
});
