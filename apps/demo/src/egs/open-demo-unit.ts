/**
 * Opens the playground's EGS unit in this browser: an `IndexedDbEgsStore` (the unit's record, its
 * chain and its documents survive reloads and are safe across tabs) and an `Egs` whose client
 * calls `location.origin + '/api'` — the demo's proxy — never ZATCA directly. The unit's private
 * key is generated at onboarding, here, and kept in the unit's record (`storePrivateKey`), so the
 * playground can sign after a reload; the Export key button is the only way it leaves.
 */
import { createFatooraClient } from '@fatoora/core/api';
import { Egs, IndexedDbEgsStore } from '@fatoora/core/egs';
import { DEMO_DATABASE, DEMO_UNIT_ID } from './demo-unit.ts';

/** The unit and its store. */
export interface DemoUnit {
  readonly egs: Egs;
  readonly store: IndexedDbEgsStore;
}

/**
 * Opens (or creates) the unit.
 *
 * @throws {StoreError} when IndexedDB is unavailable (some private modes).
 * @example
 * ```ts
 * const { egs } = await openDemoUnit(location.origin);
 * egs.onboarded; // false on the first visit
 * ```
 */
export async function openDemoUnit(origin: string): Promise<DemoUnit> {
  const store = await IndexedDbEgsStore.open({ databaseName: DEMO_DATABASE });
  const egs = await Egs.open({
    store,
    unitId: DEMO_UNIT_ID,
    client: createFatooraClient({ baseUrl: `${origin}/api` }),
    storePrivateKey: true,
  });
  return { egs, store };
}

/**
 * Closes the store and deletes the unit's database (its key, CSIDs and documents).
 *
 * @example
 * ```ts
 * await deleteDemoUnit(unit);
 * ```
 */
export function deleteDemoUnit(unit: DemoUnit | undefined): Promise<void> {
  unit?.store.close();
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DEMO_DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}
