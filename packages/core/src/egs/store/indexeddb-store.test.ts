import {
  describeEgsStoreContract,
  expectContinuousChain,
  fakeDocument,
  fakeUnit,
} from '@fatoora/test-support/egs-store-contract';
import { describe, expect, it } from 'vitest';
import { deleteDatabase, freshDatabaseName } from '../../../test/support/indexeddb.ts';
import { StoreError } from '../../errors/store-error.ts';
import { IndexedDbEgsStore } from './indexeddb-store.ts';

const hasIndexedDb = typeof indexedDB !== 'undefined';

describe.skipIf(!hasIndexedDb)('IndexedDbEgsStore in a browser', () => {
  describeEgsStoreContract('IndexedDbEgsStore', async () => {
    const store = await IndexedDbEgsStore.open({ databaseName: freshDatabaseName() });
    return {
      store,
      cleanup: async () => {
        store.close();
        await deleteDatabase(store.databaseName);
      },
    };
  });

  it('keeps units and chains when the database is closed and opened again', async () => {
    const databaseName = freshDatabaseName();
    const first = await IndexedDbEgsStore.open({ databaseName });
    await first.saveUnit(fakeUnit('till-1'));
    await first.appendDocument('till-1', (head) => fakeDocument('till-1', head));
    await first.appendDocument('till-1', (head) => fakeDocument('till-1', head));
    first.close();

    const again = await IndexedDbEgsStore.open({ databaseName });
    expect(await again.loadUnit('till-1')).toEqual(fakeUnit('till-1'));
    expectContinuousChain(await again.listDocuments('till-1'), await again.chainHead('till-1'));
    expect((await again.chainHead('till-1')).counter).toBe(2);
    again.close();
    await deleteDatabase(databaseName);
  });

  it('gives two connections appending at once (two tabs) consecutive counters on one chain', async () => {
    const databaseName = freshDatabaseName();
    const tabA = await IndexedDbEgsStore.open({ databaseName });
    const tabB = await IndexedDbEgsStore.open({ databaseName });
    const appends = Array.from({ length: 40 }, (_, index) =>
      (index % 2 === 0 ? tabA : tabB).appendDocument('till-1', (head) => fakeDocument('till-1', head)),
    );
    const counters = (await Promise.all(appends)).map((record) => record.counter).sort((a, b) => a - b);
    expect(counters).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expectContinuousChain(await tabB.listDocuments('till-1'), await tabA.chainHead('till-1'));
    tabA.close();
    tabB.close();
    await deleteDatabase(databaseName);
  });

  it('fails with store-unavailable once the connection is closed', async () => {
    const store = await IndexedDbEgsStore.open({ databaseName: freshDatabaseName() });
    store.close();
    const error = await store.chainHead('till-1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('store-unavailable');
    expect((error as StoreError).cause).toBeInstanceOf(DOMException);
    await deleteDatabase(store.databaseName);
  });
});

describe.skipIf(hasIndexedDb)('IndexedDbEgsStore without IndexedDB', () => {
  it('refuses to open with store-unavailable where there is no IndexedDB', async () => {
    const error = await IndexedDbEgsStore.open({ databaseName: 'fatoora-egs' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('store-unavailable');
  });
});
