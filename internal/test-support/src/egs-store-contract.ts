/**
 * The contract every EGS store (`EgsStore` of `@fatoora/core/egs`) must keep, as one vitest suite
 * that each store's test file registers against its own store (memory, IndexedDB, file,
 * PostgreSQL): units round-trip, a chain starts at ICV 0 with the first PIH, appends continue the
 * head or fail with `chain-conflict`, a failing `next` stores nothing, concurrent appends get
 * consecutive ICVs with each PIH the previous hash, units are independent, submissions update in
 * place, queries filter and limit in counter order, and every record handed out is a copy. The fake
 * records come from `egs-fakes.ts` (free of vitest, so that child processes in crash tests can
 * build them too) and are re-exported here.
 *
 * Free of `@fatoora/core`, so that core's stores and the packages above it run the same suite: it
 * states what it needs of a store by shape ({@link ContractStore}, which `EgsStore` satisfies; a
 * store whose methods drift from it stops compiling where it is registered), expects the SDK's
 * first PIH (`Data/PIH/pih.txt`) at the start of a chain, and recognises a `StoreError` by its name
 * (core's errors are named after their class) and its code.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeChainHead, fakeDocument, fakeInvoiceHash, fakeUnit } from './egs-fakes.ts';
import { FIRST_PREVIOUS_INVOICE_HASH_FROM_SDK as FIRST_PREVIOUS_INVOICE_HASH } from './sample-invoice.ts';

export { fakeDocument, fakeInvoiceHash, fakeUnit };

/** A chain head. */
type ChainHead = FakeChainHead;

/** A unit's record, as far as the contract reads it. */
export interface ContractUnit {
  readonly id: string;
  readonly passedComplianceChecks: readonly string[];
}

/** A document's submission, as far as the contract reads it. */
export interface ContractSubmission {
  readonly route: string;
  readonly state: string;
  readonly attempts: number;
  readonly messages?: readonly object[];
  readonly clearedXml?: string;
  readonly settledAt?: string;
}

/** An issued document's record, as far as the contract reads it. */
export interface ContractDocument {
  readonly counter: number;
  readonly previousInvoiceHash: string;
  readonly invoiceHash: string;
  readonly id: string;
  readonly uuid: string;
  readonly kind: string;
  readonly signedXml: string;
  readonly submission: ContractSubmission;
}

/** What the contract calls on a store: the methods of `EgsStore`, by shape. */
export interface ContractStore {
  loadUnit(unitId: string): Promise<ContractUnit | undefined>;
  saveUnit(record: ContractUnit): Promise<void>;
  chainHead(unitId: string): Promise<ChainHead>;
  appendDocument(unitId: string, next: (head: ChainHead) => ContractDocument): Promise<ContractDocument>;
  updateSubmission(unitId: string, counter: number, submission: ContractSubmission): Promise<void>;
  getDocument(unitId: string, counter: number): Promise<ContractDocument | undefined>;
  listDocuments(
    unitId: string,
    query?: { state?: string; route?: string; fromCounter?: number; limit?: number },
  ): Promise<ContractDocument[]>;
}

/** The head of a chain with no document yet. */
const EMPTY_CHAIN_HEAD: ChainHead = { counter: 0, previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH };

/** Checks that `error` is core's `StoreError` with `code`. */
function expectStoreError(error: unknown, code: string): void {
  expect(error).toBeInstanceOf(Error);
  expect(error).toMatchObject({ name: 'StoreError', code });
}

/** A store under test and how to dispose of it (close connections, delete files). */
export interface EgsStoreFixture {
  readonly store: ContractStore;
  readonly cleanup: () => Promise<void>;
}

/**
 * Checks that `documents` (in counter order) form a whole chain from ICV 1 and that `head` is its
 * last link: no gap, no duplicate, each PIH the previous document's hash.
 *
 * @throws an assertion error when they do not.
 * @example
 * ```ts
 * expectContinuousChain(await store.listDocuments('till-1'), await store.chainHead('till-1'));
 * ```
 */
export function expectContinuousChain(documents: readonly ContractDocument[], head: ChainHead): void {
  let expected: ChainHead = EMPTY_CHAIN_HEAD;
  for (const document of documents) {
    expect({ counter: document.counter, previousInvoiceHash: document.previousInvoiceHash }).toEqual({
      counter: expected.counter + 1,
      previousInvoiceHash: expected.previousInvoiceHash,
    });
    expected = { counter: document.counter, previousInvoiceHash: document.invoiceHash };
  }
  expect(head).toEqual(expected);
}

/** Appends `count` documents to a unit, one after the other. */
async function appendMany(store: ContractStore, unitId: string, count: number): Promise<ContractDocument[]> {
  const records: ContractDocument[] = [];
  for (let index = 0; index < count; index++) {
    records.push(await store.appendDocument(unitId, (head) => fakeDocument(unitId, head)));
  }
  return records;
}

/** Runs `action` and returns what it threw. */
async function rejectionOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('Expected the operation to fail, but it succeeded.');
}

/**
 * Appends one document to `till-1`, then one built on the head as `tamper` changes it, and checks
 * that the second is refused as a chain conflict that leaves the first as the head.
 */
async function expectConflictKeepsHead(
  store: ContractStore,
  tamper: (head: ChainHead) => ChainHead,
): Promise<ContractDocument> {
  const [first] = await appendMany(store, 'till-1', 1);
  const error = await rejectionOf(() =>
    store.appendDocument('till-1', (head) => fakeDocument('till-1', tamper(head))),
  );
  expectStoreError(error, 'chain-conflict');
  expect(await store.chainHead('till-1')).toEqual({
    counter: 1,
    previousInvoiceHash: first!.invoiceHash,
  });
  return first!;
}

/**
 * Registers the shared EGS store tests under `describe(name)`; each test gets a fresh store from
 * `makeStore` and cleans it up afterwards.
 *
 * @example
 * ```ts
 * describeEgsStoreContract('MemoryEgsStore', async () => ({ store: new MemoryEgsStore(), cleanup: async () => {} }));
 * ```
 */
export function describeEgsStoreContract(name: string, makeStore: () => Promise<EgsStoreFixture>): void {
  describe(`${name} (EGS store contract)`, () => {
    let fixture: EgsStoreFixture | undefined;
    let store: ContractStore;

    beforeEach(async () => {
      fixture = await makeStore();
      store = fixture.store;
    });

    afterEach(async () => {
      await fixture?.cleanup();
      fixture = undefined;
    });

    it('loads nothing for a unit that was never saved', async () => {
      expect(await store.loadUnit('never-saved')).toBeUndefined();
    });

    it('saves a unit and loads it back unchanged', async () => {
      const unit = fakeUnit('till-1', {
        privateKeyPem: '-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----',
      });
      await store.saveUnit(unit);
      expect(await store.loadUnit('till-1')).toEqual(unit);
    });

    it('replaces a unit when it is saved again', async () => {
      await store.saveUnit(fakeUnit('till-1'));
      const onboarded = fakeUnit('till-1', {
        passedComplianceChecks: ['standard-invoice', 'standard-credit-note'],
        productionCsid: {
          requestId: '42',
          binarySecurityToken: 'cHJvZA==',
          secret: 'production-secret',
          certificate: 'cHJvZC1jZXJ0',
          expiresAt: '2031-01-01T00:00:00.000Z',
        },
        updatedAt: '2026-02-01T00:00:00.000Z',
      });
      await store.saveUnit(onboarded);
      expect(await store.loadUnit('till-1')).toEqual(onboarded);
    });

    it('keeps the environment and a renewal under way with the unit', async () => {
      const renewing = fakeUnit('till-1', {
        environment: 'developer-portal',
        renewal: {
          complianceCsid: {
            requestId: '1234567890123',
            binarySecurityToken: 'cmVuZXdhbA==',
            secret: 'renewal-secret',
            certificate: 'cmVuZXdhbC1jZXJ0',
            expiresAt: '2031-01-01T00:00:00.000Z',
          },
          passedComplianceChecks: ['simplified-invoice'],
          privateKeyPem: '-----BEGIN PRIVATE KEY-----\nAQ==\n-----END PRIVATE KEY-----',
          startedAt: '2026-02-01T00:00:00.000Z',
        },
      });
      await store.saveUnit(renewing);
      expect(await store.loadUnit('till-1')).toEqual(renewing);
    });

    it('starts a chain at counter 0 with the first previous invoice hash', async () => {
      expect(await store.chainHead('till-1')).toEqual({
        counter: 0,
        previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
      });
      expect(await store.listDocuments('till-1')).toEqual([]);
    });

    it('hands next the current head and stores the document it returns as the new head', async () => {
      const heads: ChainHead[] = [];
      const first = await store.appendDocument('till-1', (head) => {
        heads.push({ ...head });
        return fakeDocument('till-1', head);
      });
      const second = await store.appendDocument('till-1', (head) => {
        heads.push({ ...head });
        return fakeDocument('till-1', head, { kind: 'standard-invoice' });
      });
      expect(heads).toEqual([
        { counter: 0, previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH },
        { counter: 1, previousInvoiceHash: first.invoiceHash },
      ]);
      expect(second).toEqual(fakeDocument('till-1', heads[1]!, { kind: 'standard-invoice' }));
      expect(await store.chainHead('till-1')).toEqual({
        counter: 2,
        previousInvoiceHash: second.invoiceHash,
      });
      expect(await store.getDocument('till-1', 1)).toEqual(first);
      expect(await store.getDocument('till-1', 2)).toEqual(second);
    });

    it('rejects a document with the wrong counter as a chain conflict and keeps the head', async () => {
      const first = await expectConflictKeepsHead(store, (head) => ({ ...head, counter: head.counter + 1 }));
      expect(await store.listDocuments('till-1')).toEqual([first]);
    });

    it('rejects a document with the wrong previous invoice hash as a chain conflict and keeps the head', async () => {
      await expectConflictKeepsHead(store, (head) => ({
        ...head,
        previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
      }));
      expect(await store.listDocuments('till-1')).toHaveLength(1);
    });

    it('stores nothing when next throws, passes its error on, and appends normally afterwards', async () => {
      await appendMany(store, 'till-1', 2);
      const before = await store.chainHead('till-1');
      const failure = new Error('signing failed');
      const error = await rejectionOf(() =>
        store.appendDocument('till-1', () => {
          throw failure;
        }),
      );
      expect(error).toBe(failure);
      expect(await store.chainHead('till-1')).toEqual(before);
      expect(await store.listDocuments('till-1')).toHaveLength(2);
      const third = await store.appendDocument('till-1', (head) => fakeDocument('till-1', head));
      expect(third.counter).toBe(3);
      expect(third.previousInvoiceHash).toBe(before.previousInvoiceHash);
    });

    it('gives 100 concurrent appends on one unit the counters 1 to 100, each chained to the one before', async () => {
      const records = await Promise.all(
        Array.from({ length: 100 }, () =>
          store.appendDocument('till-1', (head) => fakeDocument('till-1', head)),
        ),
      );
      expect(records.map((record) => record.counter).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 100 }, (_, index) => index + 1),
      );
      const documents = await store.listDocuments('till-1');
      expect(documents).toHaveLength(100);
      expectContinuousChain(documents, await store.chainHead('till-1'));
      expect(await store.chainHead('till-1')).toEqual({
        counter: 100,
        previousInvoiceHash: fakeInvoiceHash('till-1', 100),
      });
    });

    it('keeps units independent of each other', async () => {
      await store.saveUnit(fakeUnit('till-1'));
      await store.saveUnit(fakeUnit('till-2', { passedComplianceChecks: [] }));
      await Promise.all([appendMany(store, 'till-1', 3), appendMany(store, 'till-2', 2)]);
      expect((await store.loadUnit('till-1'))?.passedComplianceChecks).toHaveLength(2);
      expect((await store.loadUnit('till-2'))?.passedComplianceChecks).toEqual([]);
      expect(await store.chainHead('till-1')).toEqual({
        counter: 3,
        previousInvoiceHash: fakeInvoiceHash('till-1', 3),
      });
      expect(await store.chainHead('till-2')).toEqual({
        counter: 2,
        previousInvoiceHash: fakeInvoiceHash('till-2', 2),
      });
      expectContinuousChain(await store.listDocuments('till-2'), await store.chainHead('till-2'));
      expect(await store.getDocument('till-2', 3)).toBeUndefined();
      expect(await store.chainHead('till-3')).toEqual(EMPTY_CHAIN_HEAD);
    });

    it('replaces only the submission of a document when it is updated', async () => {
      const [, second] = await appendMany(store, 'till-1', 2);
      const settled = {
        route: 'reporting',
        state: 'reported',
        attempts: 2,
        messages: [
          { type: 'WARNING', code: 'BR-KSA-98', category: 'KSA', message: 'late', status: 'WARNING' },
        ],
        settledAt: '2026-01-03T11:00:00.000Z',
      };
      await store.updateSubmission('till-1', 2, settled);
      expect(await store.getDocument('till-1', 2)).toEqual({ ...second, submission: settled });
      expect((await store.getDocument('till-1', 1))?.submission.state).toBe('pending');
      expect((await store.chainHead('till-1')).counter).toBe(2);
    });

    it('keeps a pending submission’s last answer and follow-up', async () => {
      const [first] = await appendMany(store, 'till-1', 1);
      const stuck = {
        route: 'reporting',
        state: 'pending',
        attempts: 1,
        nextAttemptAt: '2026-01-03T11:05:00.000Z',
        lastError: { code: 'api-already-submitted', message: 'ZATCA answered 409', status: 409 },
        followUp: { reason: 'unexplained-conflict', message: 'look it up in the Fatoora portal' },
      };
      await store.updateSubmission('till-1', 1, stuck);
      expect(await store.getDocument('till-1', 1)).toEqual({ ...first, submission: stuck });
      expect(
        (await store.listDocuments('till-1', { state: 'pending' })).map((document) => document.counter),
      ).toEqual([1]);
    });

    it('fails with document-missing when a submission is updated for a document that does not exist', async () => {
      await appendMany(store, 'till-1', 1);
      const error = await rejectionOf(() =>
        store.updateSubmission('till-1', 2, { route: 'reporting', state: 'reported', attempts: 1 }),
      );
      expectStoreError(error, 'document-missing');
      const otherUnit = await rejectionOf(() =>
        store.updateSubmission('till-2', 1, { route: 'reporting', state: 'reported', attempts: 1 }),
      );
      expectStoreError(otherUnit, 'document-missing');
      const notACounter = await rejectionOf(() =>
        store.updateSubmission('till-1', Number.NaN, { route: 'reporting', state: 'reported', attempts: 1 }),
      );
      expectStoreError(notACounter, 'document-missing');
    });

    it('returns undefined for a document that does not exist', async () => {
      await appendMany(store, 'till-1', 1);
      expect(await store.getDocument('till-1', 2)).toBeUndefined();
      expect(await store.getDocument('till-1', 0)).toBeUndefined();
      expect(await store.getDocument('till-2', 1)).toBeUndefined();
      expect(await store.getDocument('till-1', 0.5)).toBeUndefined();
      expect(await store.getDocument('till-1', Number.NaN)).toBeUndefined();
    });

    it('lists documents in counter order, filtered by state, route and first counter, up to a limit', async () => {
      for (let counter = 1; counter <= 6; counter++) {
        const route = counter % 2 === 0 ? 'clearance' : 'reporting';
        await store.appendDocument('till-1', (head) =>
          fakeDocument('till-1', head, { submission: { route, state: 'pending', attempts: 0 } }),
        );
      }
      await store.updateSubmission('till-1', 2, {
        route: 'clearance',
        state: 'cleared',
        attempts: 1,
        clearedXml: '<Invoice/>',
      });
      await store.updateSubmission('till-1', 3, { route: 'reporting', state: 'rejected', attempts: 1 });
      const counters = async (query?: Parameters<ContractStore['listDocuments']>[1]) =>
        (await store.listDocuments('till-1', query)).map((document) => document.counter);

      expect(await counters()).toEqual([1, 2, 3, 4, 5, 6]);
      expect(await counters({})).toEqual([1, 2, 3, 4, 5, 6]);
      expect(await counters({ state: 'pending' })).toEqual([1, 4, 5, 6]);
      expect(await counters({ route: 'clearance' })).toEqual([2, 4, 6]);
      expect(await counters({ state: 'pending', route: 'reporting' })).toEqual([1, 5]);
      expect(await counters({ fromCounter: 4 })).toEqual([4, 5, 6]);
      expect(await counters({ limit: 2 })).toEqual([1, 2]);
      expect(await counters({ state: 'pending', fromCounter: 2, limit: 2 })).toEqual([4, 5]);
      expect(await counters({ state: 'reported' })).toEqual([]);
      expect(await store.listDocuments('till-2')).toEqual([]);
      expect((await store.listDocuments('till-1', { state: 'cleared' }))[0]?.submission.clearedXml).toBe(
        '<Invoice/>',
      );
    });

    it('hands out copies, so mutating a record given or returned does not change what is stored', async () => {
      const unit = fakeUnit('till-1');
      await store.saveUnit(unit);
      (unit.passedComplianceChecks as string[]).push('standard-debit-note');
      const loaded = (await store.loadUnit('till-1')) as unknown as { passedComplianceChecks: string[] };
      expect(loaded.passedComplianceChecks).toHaveLength(2);
      loaded.passedComplianceChecks.push('simplified-debit-note');
      expect((await store.loadUnit('till-1'))?.passedComplianceChecks).toHaveLength(2);

      let made: ContractDocument | undefined;
      const returned = await store.appendDocument('till-1', (head) => {
        made = fakeDocument('till-1', head);
        return made;
      });
      (made as { signedXml: string }).signedXml = 'changed by the caller';
      (returned as { id: string }).id = 'changed';
      (returned.submission as { state: string }).state = 'cleared';
      const fromGet = (await store.getDocument('till-1', 1)) as ContractDocument;
      (fromGet.submission as { attempts: number }).attempts = 99;
      const [fromList] = await store.listDocuments('till-1');
      (fromList as { invoiceHash: string }).invoiceHash = 'changed';

      const submission = { route: 'reporting' as const, state: 'reported' as const, attempts: 1 };
      await store.updateSubmission('till-1', 1, submission);
      (submission as { attempts: number }).attempts = 7;

      const head = await store.chainHead('till-1');
      try {
        (head as { counter: number }).counter = 50; // a frozen head may refuse, a copied one may not
      } catch {}

      expect(await store.getDocument('till-1', 1)).toEqual(
        fakeDocument('till-1', EMPTY_CHAIN_HEAD, {
          submission: { route: 'reporting', state: 'reported', attempts: 1 },
        }),
      );
      expect(await store.chainHead('till-1')).toEqual({
        counter: 1,
        previousInvoiceHash: fakeInvoiceHash('till-1', 1),
      });
    });
  });
}
