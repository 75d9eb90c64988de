/**
 * `@fatoora/node`: the Node-only pieces of fatoora, kept out of the isomorphic `@fatoora/core` —
 * EGS stores that outlive the process: {@link FileEgsStore} (a directory per unit, atomic durable
 * writes, a lock file across processes, safe against `kill -9`) and {@link PostgresEgsStore} (one
 * transaction and a row lock per unit, safe across server instances). Both implement
 * `EgsStore` of `@fatoora/core/egs` and pass the same contract tests as the memory and IndexedDB
 * stores.
 *
 * @example
 * ```ts
 * import { FileEgsStore } from '@fatoora/node';
 *
 * const store = await FileEgsStore.open({ directory: '/var/lib/fatoora' });
 * const record = await store.appendDocument('till-1', (head) => signNext(draft, head));
 * ```
 *
 * @module @fatoora/node
 */
export { FileEgsStore, type FileEgsStoreOptions } from './file-store.ts';
export { PostgresEgsStore, type PostgresEgsStoreOptions } from './postgres-store.ts';
