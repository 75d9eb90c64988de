/**
 * An Egs unit whose process is killed mid-issue, round after round: a child process (tsx) opens the
 * unit on a FileEgsStore and issues documents in a loop against a simulator this process runs —
 * simplified ones reported at once, standard ones cleared — printing each ICV as `issue` returns,
 * and is SIGKILLed at a random moment. Then this process opens the unit itself and drains the
 * outbox. Nothing may be lost or duplicated: the stored chain runs 1 to N with each PIH the
 * previous hash (read from the signed XML), every ICV a child printed is there and was issued by
 * that child, no ICV was used twice, and the simulator — its call log and the state it keeps in
 * its data directory — accepted each of the N documents exactly once, on a chain whose head is the
 * store's.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Egs } from '@fatoora/core/egs';
import { startSimulator } from '@fatoora/simulator';
import { expectContinuousChain } from '@fatoora/test-support/egs-store-contract';
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import { expectChainInSignedXml } from '@fatoora/test-support-core/egs-chain-check';
import { describe, expect, it } from 'vitest';
import { spawnIssueWorker } from '../test/support/spawn-worker.ts';
import { FileEgsStore } from './file-store.ts';

const ROUNDS = 3;

/** What the simulator keeps of accepted documents and chains (`state/*.json` in its data directory). */
interface SimulatorSubmission {
  readonly uuid: string;
  readonly invoiceHash: string;
  readonly status: 'REPORTED' | 'CLEARED';
  readonly egsId: string;
}

async function readState<T>(dataDir: string, collection: string): Promise<Record<string, T>> {
  return JSON.parse(await readFile(join(dataDir, 'state', `${collection}.json`), 'utf8')) as Record<
    string,
    T
  >;
}

describe('Egs on FileEgsStore across a killed process', () => {
  it('restarts after SIGKILL mid-issue with nothing lost and nothing reported twice, round after round', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fatoora-egs-processes-'));
    const directory = join(root, 'store');
    const log: string[] = [];
    const simulator = await startSimulator({
      port: 0,
      dataDir: join(root, 'simulator'),
      log: (line) => log.push(line),
      // The Fatoora portal issued this unit the OTP 123345 (simulation has no fixed one).
      otp: { codes: ['123345'] },
    });
    try {
      const store = await FileEgsStore.open({ directory, lockTimeoutMs: 5_000 });
      const client = { baseUrl: simulator.url, environment: 'simulation', retry: false } as const;
      const onboarding = await Egs.open({ store, unitId: 'till-1', client, storePrivateKey: true });
      await onboarding.onboard({ otp: '123345', csrConfig: SAMPLE_CSR_CONFIG, environment: 'simulation' });

      /** Each ICV a child printed, and the pid of the child that printed it. */
      const printed = new Map<number, number>();
      for (let round = 1; round <= ROUNDS; round++) {
        const worker = spawnIssueWorker(directory, 'till-1', simulator.url);
        await worker.reported(4);
        // Kill at a random moment: most likely while it signs, stores or waits for the platform.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
        worker.child.kill('SIGKILL');
        expect(await worker.exited(), worker.stderr()).toBe('SIGKILL');
        for (const counter of worker.counters) {
          expect(printed.has(counter), `ICV ${counter} printed twice`).toBe(false);
          printed.set(counter, worker.child.pid!);
        }
        expectContinuousChain(await store.listDocuments('till-1'), await store.chainHead('till-1'));
      }

      // This process takes the unit over and sends whatever the last child left behind.
      const egs = await Egs.open({ store, unitId: 'till-1', client });
      const drained = await egs.drainOutbox({ force: true });
      expect(drained.remaining).toEqual([]);
      expect(await egs.drainOutbox({ force: true })).toEqual({ settled: [], remaining: [], stuck: [] });

      const head = await store.chainHead('till-1');
      const documents = await store.listDocuments('till-1');
      const count = head.counter;
      expectChainInSignedXml(documents, count);
      expect(count).toBeGreaterThanOrEqual(Math.max(...printed.keys()));
      for (const [counter, pid] of printed) {
        expect(documents[counter - 1]?.id, `ICV ${counter}`).toMatch(new RegExp(`^${pid}-`));
      }
      for (const document of documents) {
        const standard = document.kind.startsWith('standard');
        expect(document.submission.state, `ICV ${document.counter}`).toBe(standard ? 'cleared' : 'reported');
        if (standard) expect(document.submission.clearedXml).toBeDefined();
      }

      await simulator.close(); // lets calls under way finish and save the state
      // Every document was accepted (200 or 202) exactly once; a send again met 409, at most one per kill.
      const sends = log.filter((line) => /^POST \/invoices\/(reporting|clearance)\/single /.test(line));
      const statuses = sends.map((line) => line.split(' ')[2]);
      expect(statuses.filter((status) => status === '200' || status === '202')).toHaveLength(count);
      expect(statuses.filter((status) => !['200', '202', '409'].includes(status!))).toEqual([]);
      expect(statuses.filter((status) => status === '409').length).toBeLessThanOrEqual(ROUNDS);

      // The simulator's own record: the same N documents, each once, its chain head the store's.
      const egsId = (await store.loadUnit('till-1'))!.complianceCsid!.requestId;
      const dataDir = join(root, 'simulator');
      const submissions = Object.values(await readState<SimulatorSubmission>(dataDir, 'submissions')).filter(
        (submission) => submission.egsId === egsId,
      );
      const byHash = (a: { invoiceHash: string }, b: { invoiceHash: string }) =>
        a.invoiceHash < b.invoiceHash ? -1 : 1;
      expect(
        submissions.map(({ uuid, invoiceHash, status }) => ({ uuid, invoiceHash, status })).sort(byHash),
      ).toEqual(
        documents
          .map(({ uuid, invoiceHash, kind }) => ({
            uuid,
            invoiceHash,
            status: kind.startsWith('standard') ? 'CLEARED' : 'REPORTED',
          }))
          .sort(byHash),
      );
      const chains = await readState<{ counter?: string; hash: string }>(dataDir, 'chains');
      expect(chains[egsId]).toEqual({ counter: String(count), hash: head.previousInvoiceHash });
    } finally {
      await simulator.close();
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});
