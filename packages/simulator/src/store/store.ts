/**
 * Where the simulator keeps what it remembers: the state's collections, the CA material and the
 * cleared (stamped) documents. Two implementations: in memory (tests; gone when the process ends)
 * and a data directory of JSON files (a restart keeps CSIDs, chains and submitted invoices).
 */
import type { AuthorityMaterial } from '../ca/certificate-authority.ts';
import type { SimulatorState, StateCollection } from './state.ts';

/** A place to keep the simulator's state. */
export interface SimulatorStore {
  /** Where it writes, for messages; `undefined` in memory. */
  readonly location: string | undefined;
  /** The saved state, or `undefined` on first start. */
  loadState(): Promise<SimulatorState | undefined>;
  /** Saves the given collections of `state`. */
  saveState(state: SimulatorState, collections: readonly StateCollection[]): Promise<void>;
  loadAuthority(): Promise<AuthorityMaterial | undefined>;
  saveAuthority(material: AuthorityMaterial): Promise<void>;
  /** A stored document by name (`[a-z0-9-]+`), or `undefined`. */
  loadDocument(name: string): Promise<string | undefined>;
  saveDocument(name: string, text: string): Promise<void>;
}
