/**
 * The Egs unit on the browser's own store: an `Egs` opened on `IndexedDbEgsStore` whose unit record
 * already holds a production CSID (the ZATCA SDK's test certificate, whose key the SDK ships too;
 * the drafts sell as the SDK sample seller, VAT number 399999999900003, the unit's CSR's), issuing
 * 100 simplified documents at once with no network: every one must be queued for reporting, with
 * ICVs 1 to 100 and each PIH the previous document's hash, as read back from the signed XML. Runs
 * in the browser project (headless Chromium); skipped where there is no IndexedDB.
 */
import { describe, expect, it } from 'vitest';
import { expectChainInSignedXml } from '../../test/support/egs-chain-check.ts';
import { draftOf, onboardedSdkRecord, sdkPrivateKey } from '../../test/support/egs-fixtures.ts';
import { deleteDatabase, freshDatabaseName } from '../../test/support/indexeddb.ts';
import { Egs } from './egs.ts';
import { IndexedDbEgsStore } from './store/indexeddb-store.ts';

/** A client that is never called: nothing here is sent (a call would fail on the closed port). */
const client = { baseUrl: 'http://127.0.0.1:9', retry: false } as const;

const SIMPLIFIED = ['simplified-invoice', 'simplified-credit-note', 'simplified-debit-note'] as const;

describe.skipIf(typeof indexedDB === 'undefined')('Egs on IndexedDbEgsStore', () => {
  it('gives 100 concurrent simplified issue calls ICVs 1 to 100, each PIH the previous hash, all queued for reporting', async () => {
    const databaseName = freshDatabaseName();
    const store = await IndexedDbEgsStore.open({ databaseName });
    try {
      await store.saveUnit(onboardedSdkRecord('till-1'));
      const egs = await Egs.open({ store, unitId: 'till-1', client, privateKey: sdkPrivateKey() });
      const issued = await Promise.all(
        Array.from({ length: 100 }, (_, i) => egs.issue(draftOf(SIMPLIFIED[i % 3]!, `SMP-${i + 1}`))),
      );
      expect([...issued.map((invoice) => invoice.counter)].sort((a, b) => a - b)).toEqual(
        Array.from({ length: 100 }, (_, i) => i + 1),
      );
      expect(new Set(issued.map((invoice) => invoice.uuid)).size).toBe(100);
      expect(issued.every((invoice) => invoice.state === 'pending' && invoice.attempts === 0)).toBe(true);

      // What the database kept, read through a second connection (another tab).
      const reader = await IndexedDbEgsStore.open({ databaseName });
      try {
        const documents = await reader.listDocuments('till-1');
        expectChainInSignedXml(documents, 100);
        expect(await reader.chainHead('till-1')).toEqual({
          counter: 100,
          previousInvoiceHash: documents.at(-1)!.invoiceHash,
        });
      } finally {
        reader.close();
      }
      const outbox = await egs.pending();
      expect(outbox.map((item) => item.counter)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      expect(outbox.every((item) => item.route === 'reporting' && item.attempts === 0)).toBe(true);
    } finally {
      store.close();
      await deleteDatabase(databaseName);
    }
  });
});
