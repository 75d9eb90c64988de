import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectContinuousChain, fakeDocument } from '@fatoora/test-support/egs-store-contract';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnAppendWorker } from '../test/support/spawn-worker.ts';
import { FileEgsStore } from './file-store.ts';

const directories: string[] = [];

async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'fatoora-file-store-processes-'));
  directories.push(directory);
  return directory;
}

afterEach(async () => {
  await Promise.all(
    directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })),
  );
});

describe('FileEgsStore across processes', () => {
  it('keeps the chain continuous when a process appending in a loop is killed with SIGKILL, round after round', async () => {
    const directory = await temporaryDirectory();
    let acknowledged = 0;
    for (let round = 1; round <= 3; round++) {
      const worker = spawnAppendWorker(directory, 'till-1', 0);
      await worker.reported(15 + round * 5);
      // Kill at a random moment, most likely in the middle of an append (it is what the loop does).
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
      worker.child.kill('SIGKILL');
      expect(await worker.exited()).toBe('SIGKILL');
      acknowledged = Math.max(acknowledged, ...worker.counters);

      const store = await FileEgsStore.open({ directory, lockTimeoutMs: 5_000 });
      const head = await store.chainHead('till-1');
      const documents = await store.listDocuments('till-1');
      expectContinuousChain(documents, head); // no gap, no duplicate, head = last document
      expect(documents.at(-1)?.counter).toBe(head.counter);
      expect(head.counter).toBeGreaterThanOrEqual(acknowledged); // nothing acknowledged was lost
      // The lock the killed process may have held does not block the next writer.
      const next = await store.appendDocument('till-1', (current) => fakeDocument('till-1', current));
      expect(next.counter).toBe(head.counter + 1);
      acknowledged = next.counter;
    }
  }, 60_000);

  it('gives two processes appending to one unit at the same time consecutive counters', async () => {
    const directory = await temporaryDirectory();
    const workers = [
      spawnAppendWorker(directory, 'till-1', 25, true),
      spawnAppendWorker(directory, 'till-1', 25, true),
    ];
    await Promise.all(workers.map((worker) => worker.ready()));
    await writeFile(join(directory, 'go'), '');
    const codes = await Promise.all(workers.map((worker) => worker.exited()));
    expect(codes, workers.map((worker) => worker.stderr()).join('\n')).toEqual([0, 0]);

    const reported = workers.flatMap((worker) => worker.counters).sort((a, b) => a - b);
    expect(reported).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    for (const worker of workers) expect(worker.counters).toEqual([...worker.counters].sort((a, b) => a - b));
    // They did take turns: neither got one unbroken block of counters.
    const [first, second] = workers.map((worker) => worker.counters);
    expect(Math.max(...first!) > Math.min(...second!) && Math.max(...second!) > Math.min(...first!)).toBe(
      true,
    );

    const store = await FileEgsStore.open({ directory });
    const documents = await store.listDocuments('till-1');
    expectContinuousChain(documents, await store.chainHead('till-1'));
    const writers = new Set(documents.map((document) => document.id.split('-')[0]));
    expect(writers).toEqual(new Set(workers.map((worker) => String(worker.child.pid))));
  }, 60_000);
});
