/**
 * An {@link EgsStore} in the browser's IndexedDB, for a point of sale that runs in a web page. The
 * chain's safety comes from IndexedDB itself: `appendDocument` reads the head, calls the
 * synchronous `next(head)` and writes the document and the new head inside ONE readwrite
 * transaction over `heads` and `documents`. IndexedDB runs readwrite transactions with overlapping
 * scopes one after another, also across tabs and windows of the same origin, so two tabs issuing at
 * once get consecutive ICVs and never fork the chain; an aborted transaction (a throwing `next`, a
 * chain conflict, a closed tab) writes nothing. Plain IndexedDB API, no wrapper library: the one
 * transaction that matters is clearer written out than hidden behind promises.
 */
import { StoreError } from '../../errors/store-error.ts';
import { continueChain, EMPTY_CHAIN_HEAD } from './chain.ts';
import { matchesQuery } from './document-query.ts';
import {
  DOCUMENTS,
  type DocumentRow,
  HEADS,
  type HeadRow,
  inTransaction,
  openEgsDatabase,
  UNITS,
} from './indexeddb-database.ts';
import type {
  ChainHead,
  DocumentQuery,
  EgsStore,
  EgsUnitRecord,
  IssuedDocumentRecord,
  NextDocument,
  SubmissionRecord,
} from './store.ts';

/** Options of {@link IndexedDbEgsStore.open}. */
export interface IndexedDbEgsStoreOptions {
  /** The IndexedDB database to keep the units in (created on first use). */
  readonly databaseName: string;
  /** The IndexedDB factory; `globalThis.indexedDB` by default. */
  readonly indexedDB?: IDBFactory;
}

/** The head a `heads` row holds, or the empty chain's. */
function headOf(row: HeadRow | undefined): ChainHead {
  return row === undefined
    ? { ...EMPTY_CHAIN_HEAD }
    : { counter: row.counter, previousInvoiceHash: row.previousInvoiceHash };
}

/** The error for a submission update of a document that is not there. */
function missing(unitId: string, counter: number): StoreError {
  return new StoreError('document-missing', `Unit ${unitId} has no document with ICV ${counter}.`, {
    details: { unitId, counter },
  });
}

/**
 * An EGS store in IndexedDB, safe across tabs of one origin.
 *
 * @example
 * ```ts
 * const store = await IndexedDbEgsStore.open({ databaseName: 'fatoora-egs' });
 * const egs = await Egs.open({ store, unitId: 'till-1', client });
 * ```
 */
export class IndexedDbEgsStore implements EgsStore {
  readonly #database: IDBDatabase;

  private constructor(database: IDBDatabase) {
    this.#database = database;
  }

  /**
   * Opens the store in `databaseName`, creating the database on first use.
   *
   * @throws {StoreError} `store-unavailable` when IndexedDB is missing (Node, some private modes)
   * or refuses to open the database.
   * @example
   * ```ts
   * const store = await IndexedDbEgsStore.open({ databaseName: 'fatoora-egs' });
   * ```
   */
  static async open(options: IndexedDbEgsStoreOptions): Promise<IndexedDbEgsStore> {
    const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    return new IndexedDbEgsStore(await openEgsDatabase(factory, options.databaseName));
  }

  /** The name of the database this store keeps its units in. */
  get databaseName(): string {
    return this.#database.name;
  }

  /**
   * Closes the connection; later calls fail with `store-unavailable`.
   *
   * @example
   * ```ts
   * store.close();
   * indexedDB.deleteDatabase(store.databaseName);
   * ```
   */
  close(): void {
    this.#database.close();
  }

  loadUnit(unitId: string): Promise<EgsUnitRecord | undefined> {
    let request: IDBRequest<EgsUnitRecord | undefined>;
    return inTransaction(this.#database, [UNITS], 'readonly', 'load a unit', (transaction) => {
      request = transaction.objectStore(UNITS).get(unitId);
    }).then(() => request.result);
  }

  async saveUnit(record: EgsUnitRecord): Promise<void> {
    await inTransaction(this.#database, [UNITS], 'readwrite', 'save a unit', (transaction) => {
      transaction.objectStore(UNITS).put(record);
    });
  }

  chainHead(unitId: string): Promise<ChainHead> {
    let request: IDBRequest<HeadRow | undefined>;
    return inTransaction(this.#database, [HEADS], 'readonly', 'read a chain head', (transaction) => {
      request = transaction.objectStore(HEADS).get(unitId);
    }).then(() => headOf(request.result));
  }

  appendDocument(unitId: string, next: NextDocument): Promise<IssuedDocumentRecord> {
    let appended: IssuedDocumentRecord | undefined;
    return inTransaction(
      this.#database,
      [HEADS, DOCUMENTS],
      'readwrite',
      'append a document',
      (transaction, fail) => {
        const heads = transaction.objectStore(HEADS);
        const request: IDBRequest<HeadRow | undefined> = heads.get(unitId);
        request.onsuccess = () => {
          try {
            // Synchronous between the read and the writes, so the transaction stays open.
            const head = headOf(request.result);
            const record = structuredClone(next({ ...head }));
            const newHead = continueChain(head, record);
            const row: DocumentRow = { unitId, counter: record.counter, record };
            transaction.objectStore(DOCUMENTS).add(row);
            heads.put({ unitId, ...newHead } satisfies HeadRow);
            appended = record;
          } catch (error) {
            fail(error);
          }
        };
      },
    ).then(() => appended!);
  }

  async updateSubmission(unitId: string, counter: number, submission: SubmissionRecord): Promise<void> {
    if (!Number.isFinite(counter)) throw missing(unitId, counter);
    await inTransaction(
      this.#database,
      [DOCUMENTS],
      'readwrite',
      'update a submission',
      (transaction, fail) => {
        const documents = transaction.objectStore(DOCUMENTS);
        const request: IDBRequest<DocumentRow | undefined> = documents.get([unitId, counter]);
        request.onsuccess = () => {
          const row = request.result;
          if (row === undefined) {
            fail(missing(unitId, counter));
            return;
          }
          documents.put({ ...row, record: { ...row.record, submission } } satisfies DocumentRow);
        };
      },
    );
  }

  getDocument(unitId: string, counter: number): Promise<IssuedDocumentRecord | undefined> {
    if (!Number.isFinite(counter)) return Promise.resolve(undefined);
    let request: IDBRequest<DocumentRow | undefined>;
    return inTransaction(this.#database, [DOCUMENTS], 'readonly', 'read a document', (transaction) => {
      request = transaction.objectStore(DOCUMENTS).get([unitId, counter]);
    }).then(() => request.result?.record);
  }

  listDocuments(unitId: string, query: DocumentQuery = {}): Promise<IssuedDocumentRecord[]> {
    const found: IssuedDocumentRecord[] = [];
    if (query.limit !== undefined && query.limit <= 0) return Promise.resolve(found);
    const range = IDBKeyRange.bound([unitId, query.fromCounter ?? -Infinity], [unitId, Infinity]);
    return inTransaction(this.#database, [DOCUMENTS], 'readonly', 'list documents', (transaction) => {
      const request = transaction.objectStore(DOCUMENTS).openCursor(range);
      request.onsuccess = () => {
        const cursor = request.result;
        if (cursor === null) return;
        const { record } = cursor.value as DocumentRow;
        if (matchesQuery(record, query)) found.push(record);
        if (query.limit === undefined || found.length < query.limit) cursor.continue();
      };
    }).then(() => found);
  }
}
