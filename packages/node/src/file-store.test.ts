import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMPTY_CHAIN_HEAD } from '@fatoora/core/egs';
import { InputError, StoreError } from '@fatoora/core/errors';
import {
  describeEgsStoreContract,
  expectContinuousChain,
  fakeDocument,
  fakeUnit,
} from '@fatoora/test-support/egs-store-contract';
import { afterEach, describe, expect, it } from 'vitest';
import { FileEgsStore } from './file-store.ts';
import { documentPath, unitLayout } from './unit-layout.ts';

const directories: string[] = [];

/** A fresh temporary directory, removed after the test. */
async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'fatoora-file-store-'));
  directories.push(directory);
  return directory;
}

/** The pid of a process that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

afterEach(async () => {
  await Promise.all(
    directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })),
  );
});

describeEgsStoreContract('FileEgsStore', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'fatoora-file-store-'));
  return {
    store: await FileEgsStore.open({ directory }),
    cleanup: () => rm(directory, { recursive: true, force: true }),
  };
});

describe('FileEgsStore on disk', () => {
  it('creates its directories with mode 0700 and its files with mode 0600 even under umask 000', async () => {
    const parent = await temporaryDirectory();
    const directory = join(parent, 'state', 'fatoora');
    const previous = process.umask(0);
    try {
      const store = await FileEgsStore.open({ directory });
      await store.saveUnit(fakeUnit('till-1'));
      await store.appendDocument('till-1', (head) => fakeDocument('till-1', head));
    } finally {
      process.umask(previous);
    }
    const layout = unitLayout(directory, 'till-1');
    for (const path of [
      join(parent, 'state'),
      directory,
      join(directory, 'units'),
      layout.directory,
      layout.documents,
    ]) {
      expect((await stat(path)).mode & 0o777, path).toBe(0o700);
    }
    for (const path of [layout.unit, layout.head, documentPath(layout, 1)]) {
      expect((await stat(path)).mode & 0o777, path).toBe(0o600);
    }
  });

  it('leaves the mode of a directory it did not create alone', async () => {
    const directory = await temporaryDirectory();
    await mkdir(join(directory, 'units'), { mode: 0o750 });
    await FileEgsStore.open({ directory });
    expect((await stat(join(directory, 'units'))).mode & 0o777).toBe(0o750 & ~process.umask());
  });

  it('keeps a directory per unit with unit.json, head.json and one file per document', async () => {
    const directory = await temporaryDirectory();
    const store = await FileEgsStore.open({ directory });
    await store.saveUnit(fakeUnit('1-TST|2-TST|3-till.1'));
    const record = await store.appendDocument('1-TST|2-TST|3-till.1', (head) => fakeDocument('till', head));
    const layout = unitLayout(directory, '1-TST|2-TST|3-till.1');
    expect(layout.directory).toBe(join(directory, 'units', '1-TST%7C2-TST%7C3-till%2E1'));
    expect(JSON.parse(await readFile(layout.unit, 'utf8'))).toEqual(fakeUnit('1-TST|2-TST|3-till.1'));
    expect(JSON.parse(await readFile(layout.head, 'utf8'))).toEqual({
      counter: 1,
      previousInvoiceHash: record.invoiceHash,
    });
    expect(await readdir(layout.documents)).toEqual(['000000000001.json']);
    expect((await readdir(layout.directory)).sort()).toEqual(['documents', 'head.json', 'unit.json']);
  });

  it('sees the same chain from a second store opened on the same directory', async () => {
    const directory = await temporaryDirectory();
    const first = await FileEgsStore.open({ directory });
    const second = await FileEgsStore.open({ directory });
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        (index % 2 === 0 ? first : second).appendDocument('till-1', (head) => fakeDocument('till-1', head)),
      ),
    );
    expectContinuousChain(await first.listDocuments('till-1'), await second.chainHead('till-1'));
    expect((await first.chainHead('till-1')).counter).toBe(20);
  });

  it('ignores a document written past the head by a writer killed before its commit, and overwrites it', async () => {
    const directory = await temporaryDirectory();
    const store = await FileEgsStore.open({ directory });
    await store.appendDocument('till-1', (head) => fakeDocument('till-1', head));
    const layout = unitLayout(directory, 'till-1');
    // What a writer killed between the document's rename and the head's leaves behind:
    const pid = await deadPid();
    await writeFile(
      documentPath(layout, 2),
      JSON.stringify(fakeDocument('till-1', { counter: 1, previousInvoiceHash: 'x' })),
    );
    await writeFile(join(layout.directory, `.head.json.${pid}.0000.tmp`), '{"counter":');
    await writeFile(layout.lock, JSON.stringify({ host: hostname(), pid, startTime: null, token: 'dead' }));

    expect((await store.chainHead('till-1')).counter).toBe(1);
    expect(await store.getDocument('till-1', 2)).toBeUndefined();
    expect(await store.listDocuments('till-1')).toHaveLength(1);
    const second = await store.appendDocument('till-1', (head) => fakeDocument('till-1', head));
    expect(await store.getDocument('till-1', 2)).toEqual(second);
    expectContinuousChain(await store.listDocuments('till-1'), await store.chainHead('till-1'));
    expect((await readdir(layout.directory)).sort()).toEqual(['documents', 'head.json']);
  });

  it('waits for a lock held by a live process and fails with store-unavailable after the timeout', async () => {
    const directory = await temporaryDirectory();
    const store = await FileEgsStore.open({ directory, lockTimeoutMs: 150 });
    await store.saveUnit(fakeUnit('till-1'));
    const layout = unitLayout(directory, 'till-1');
    await writeFile(
      layout.lock,
      JSON.stringify({ host: hostname(), pid: process.pid, startTime: null, token: 'someone-else' }),
    );
    const error = await store
      .appendDocument('till-1', (head) => fakeDocument('till-1', head))
      .catch((e) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('store-unavailable');
    expect((error as StoreError).message).toContain(`pid ${process.pid}`);
    expect(await store.chainHead('till-1')).toEqual(EMPTY_CHAIN_HEAD);
  });

  it('fails with store-unavailable when a document below the head is missing', async () => {
    const directory = await temporaryDirectory();
    const store = await FileEgsStore.open({ directory });
    await store.appendDocument('till-1', (head) => fakeDocument('till-1', head));
    await rm(documentPath(unitLayout(directory, 'till-1'), 1));
    const error = await store.listDocuments('till-1').catch((e) => e);
    expect((error as StoreError).code).toBe('store-unavailable');
  });

  it('refuses an empty unit id', async () => {
    const store = await FileEgsStore.open({ directory: await temporaryDirectory() });
    expect(() => store.chainHead('')).toThrow(InputError);
  });
});
