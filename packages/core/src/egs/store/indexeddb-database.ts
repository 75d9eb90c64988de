/**
 * The IndexedDB side of {@link IndexedDbEgsStore}: the schema (object stores `units` keyed by
 * id, `heads` keyed by unit id, `documents` keyed by `[unitId, counter]`), opening a database
 * with it, the shape of the rows, and one helper that turns a request into a promise. Failures of
 * IndexedDB itself (quota, a closed connection, a blocked upgrade) become a `StoreError`
 * `store-unavailable` whose `cause` is the browser's `DOMException`.
 */
import { endSentence } from '../../errors/end-sentence.ts';
import { StoreError } from '../../errors/store-error.ts';
import type { IssuedDocumentRecord } from './store.ts';

/** The schema version; bump it with an upgrade step when the stores change. */
export const INDEXEDDB_SCHEMA_VERSION = 1;

/** Object store names. */
export const UNITS = 'units';
export const HEADS = 'heads';
export const DOCUMENTS = 'documents';

/** A row of `heads`: a unit's chain head. */
export interface HeadRow {
  readonly unitId: string;
  readonly counter: number;
  readonly previousInvoiceHash: string;
}

/** A row of `documents`: the record under its compound key. */
export interface DocumentRow {
  readonly unitId: string;
  readonly counter: number;
  readonly record: IssuedDocumentRecord;
}

/**
 * Wraps an IndexedDB failure as `store-unavailable` (a `StoreError` passes through unchanged).
 *
 * @example
 * ```ts
 * request.onerror = () => reject(unavailable('read the chain head', request.error));
 * ```
 */
export function unavailable(action: string, cause: unknown): StoreError {
  if (cause instanceof StoreError) return cause;
  const reason =
    (cause instanceof Error || cause instanceof DOMException) && cause.message !== ''
      ? `: ${cause.message}`
      : '';
  return new StoreError('store-unavailable', endSentence(`IndexedDB could not ${action}${reason}`), {
    cause,
  });
}

/**
 * Opens (and on first use creates) the EGS database.
 *
 * @throws {StoreError} `store-unavailable` when there is no IndexedDB, or it refuses to open.
 * @example
 * ```ts
 * const database = await openEgsDatabase(indexedDB, 'fatoora-egs');
 * ```
 */
export function openEgsDatabase(factory: IDBFactory | undefined, name: string): Promise<IDBDatabase> {
  if (factory === undefined) {
    return Promise.reject(
      new StoreError('store-unavailable', 'IndexedDB is not available in this environment.', {
        details: { databaseName: name },
      }),
    );
  }
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, INDEXEDDB_SCHEMA_VERSION);
    } catch (cause) {
      reject(unavailable(`open database ${name}`, cause));
      return;
    }
    request.onupgradeneeded = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains(UNITS)) database.createObjectStore(UNITS, { keyPath: 'id' });
      if (!database.objectStoreNames.contains(HEADS))
        database.createObjectStore(HEADS, { keyPath: 'unitId' });
      if (!database.objectStoreNames.contains(DOCUMENTS)) {
        database.createObjectStore(DOCUMENTS, { keyPath: ['unitId', 'counter'] });
      }
    };
    request.onblocked = () =>
      reject(
        new StoreError('store-unavailable', `Database ${name} is held at an older version by another tab.`, {
          details: { databaseName: name },
        }),
      );
    request.onerror = () => reject(unavailable(`open database ${name}`, request.error));
    request.onsuccess = () => {
      const database = request.result;
      // Let another tab upgrade the schema instead of blocking it forever.
      database.onversionchange = () => database.close();
      resolve(database);
    };
  });
}

/**
 * Runs one transaction: `body` queues requests on it; resolves with `body`'s result once the
 * transaction has committed, or rejects with the first error (a `StoreError` or a `next` failure
 * set through `fail`, else the transaction's own error as `store-unavailable`).
 *
 * @throws {StoreError} `store-unavailable` when the transaction cannot start or aborts on its own.
 * @example
 * ```ts
 * await inTransaction(database, [UNITS], 'readwrite', 'save a unit', (tx) => {
 *   tx.objectStore(UNITS).put(record);
 * });
 * ```
 */
export function inTransaction<T>(
  database: IDBDatabase,
  stores: readonly string[],
  mode: IDBTransactionMode,
  action: string,
  body: (transaction: IDBTransaction, fail: (error: unknown) => void) => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let transaction: IDBTransaction;
    let failure: { error: unknown } | undefined;
    let result: T;
    try {
      transaction = database.transaction([...stores], mode);
    } catch (cause) {
      reject(unavailable(action, cause));
      return;
    }
    const fail = (error: unknown) => {
      failure ??= { error };
      try {
        transaction.abort();
      } catch {
        // Already finished or aborting: the abort handler reports the failure.
      }
    };
    transaction.oncomplete = () => resolve(result);
    transaction.onabort = () =>
      reject(failure === undefined ? unavailable(action, transaction.error) : failure.error);
    try {
      result = body(transaction, fail);
    } catch (error) {
      // The body only queues requests: what it throws comes from IndexedDB (a bad key, say).
      fail(unavailable(action, error));
    }
  });
}
