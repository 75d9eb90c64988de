/**
 * The chain rule every store enforces on append: a document continues the head when its ICV is
 * the head's plus one and its PIH is the head's hash (KSA-16, KSA-13; fatoora-api.md "Flow
 * rules"). Kept in one place so that the four stores cannot disagree.
 */
import { StoreError } from '../../errors/store-error.ts';
import { FIRST_PREVIOUS_INVOICE_HASH } from '../../signing/invoice-hash.ts';
import type { ChainHead, IssuedDocumentRecord } from './store.ts';

/** The head of a chain that has issued nothing yet. */
export const EMPTY_CHAIN_HEAD: ChainHead = Object.freeze({
  counter: 0,
  previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
});

/**
 * Checks that `record` continues `head` and returns the head after it.
 *
 * @throws {StoreError} `chain-conflict` when it does not.
 * @example
 * ```ts
 * const next = continueChain(EMPTY_CHAIN_HEAD, record); // { counter: 1, previousInvoiceHash: record.invoiceHash }
 * ```
 */
export function continueChain(head: ChainHead, record: IssuedDocumentRecord): ChainHead {
  if (record.counter !== head.counter + 1 || record.previousInvoiceHash !== head.previousInvoiceHash) {
    throw new StoreError(
      'chain-conflict',
      `Document ${record.id} has ICV ${record.counter} and PIH ${record.previousInvoiceHash}, but the chain expects ICV ${head.counter + 1} and PIH ${head.previousInvoiceHash}.`,
      { details: { counter: record.counter, expectedCounter: head.counter + 1 } },
    );
  }
  return { counter: record.counter, previousInvoiceHash: record.invoiceHash };
}
