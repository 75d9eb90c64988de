/**
 * Raised by an EGS store when an operation would break the chain or names something that is not
 * there: `chain-conflict` (a document that does not continue the head), `document-missing`,
 * `store-unavailable` (the backing file, database or IndexedDB failed; `cause` holds why).
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/** The codes a {@link StoreError} carries. */
export type StoreErrorCode = 'chain-conflict' | 'document-missing' | 'store-unavailable';

/**
 * An EGS store refused or failed an operation.
 *
 * @example
 * ```ts
 * try { await store.appendDocument('egs-1', next); }
 * catch (e) { if (e instanceof StoreError && e.code === 'chain-conflict') … }
 * ```
 */
export class StoreError extends FatooraError {
  declare readonly code: StoreErrorCode;

  /**
   * `code` says what the store refused or failed at; `options.cause` keeps the underlying file,
   * database or IndexedDB error.
   */
  constructor(code: StoreErrorCode, message: string, options: FatooraErrorOptions = {}) {
    super(code, message, options);
  }
}
