/**
 * The in-memory store, for tests and throwaway runs: saving is a no-op (the live state is already
 * in memory) and documents and CA material live in this object until the process ends.
 */
import type { AuthorityMaterial } from '../ca/certificate-authority.ts';
import type { SimulatorStore } from './store.ts';

/**
 * A store that keeps nothing beyond the process.
 *
 * @example
 * ```ts
 * const simulator = await startSimulator({ store: createMemoryStore() }); // the default without dataDir
 * ```
 */
export function createMemoryStore(): SimulatorStore {
  let authority: AuthorityMaterial | undefined;
  const documents = new Map<string, string>();
  return {
    location: undefined,
    loadState: async () => undefined,
    saveState: async () => {},
    loadAuthority: async () => authority,
    saveAuthority: async (material) => {
      authority = material;
    },
    loadDocument: async (name) => documents.get(name),
    saveDocument: async (name, text) => {
      documents.set(name, text);
    },
  };
}
