/**
 * Throwaway IndexedDB databases for the tests of `IndexedDbEgsStore` and of an `Egs` on it (browser
 * project): a name no other test uses, and deleting a database once its connections are closed.
 */

/**
 * A database name no other test uses.
 *
 * @example
 * ```ts
 * const store = await IndexedDbEgsStore.open({ databaseName: freshDatabaseName() });
 * ```
 */
export function freshDatabaseName(): string {
  return `fatoora-egs-test-${crypto.randomUUID()}`;
}

/**
 * Deletes a test database once every connection to it is closed.
 *
 * @throws the `DOMException` IndexedDB reports when the deletion fails (as a rejection).
 * @example
 * ```ts
 * store.close();
 * await deleteDatabase(store.databaseName);
 * ```
 */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}
