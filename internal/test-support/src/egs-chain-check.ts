/**
 * The chain check the EGS tests make on what a store kept, read from the documents themselves
 * rather than from the store's bookkeeping: each stored document's signed XML is parsed for its ICV
 * (KSA-16) and PIH (KSA-13) and hashed anew, and the chain must run 1, 2, … n with every PIH the
 * recomputed hash of the document before it (the first one's, the SDK's seed). The record's own
 * counter, PIH, hash and UUID must agree with its XML, so a store that kept the right bookkeeping
 * beside the wrong document fails too.
 *
 * The hash and the reading come from `@fatoora/core` and are handed in ({@link chainCheck}), so that
 * this package depends on no fatoora package: core's tests bind the check to core's modules
 * (`packages/core/test/support/egs-chain-check.ts`), the packages above core to its public API
 * (`@fatoora/test-support-core/egs-chain-check`).
 */
import { expect } from 'vitest';
import { FIRST_PREVIOUS_INVOICE_HASH_FROM_SDK } from './sample-invoice.ts';

/** What the check needs of core: `hashInvoice` and `parseInvoice`. */
export interface ChainCheckCore {
  hashInvoice(xml: string): string;
  parseInvoice(xml: string): {
    readonly counter?: unknown;
    readonly previousInvoiceHash?: unknown;
    readonly uuid?: unknown;
  };
}

/** A stored document, as far as the check reads it. */
export interface ChainCheckDocument {
  readonly counter: number;
  readonly previousInvoiceHash: string;
  readonly invoiceHash: string;
  readonly id: string;
  readonly uuid: string;
  readonly signedXml: string;
}

/**
 * The check, bound to core's hash and reader: it checks that `documents` (a unit's documents in
 * ICV order) are one unbroken chain of `length` documents as their signed XML tells it, and throws
 * an assertion error at the first document that breaks the chain.
 *
 * @example
 * ```ts
 * const expectChainInSignedXml = chainCheck({ hashInvoice, parseInvoice });
 * expectChainInSignedXml(await store.listDocuments('till-1'), 100);
 * ```
 */
export function chainCheck(
  core: ChainCheckCore,
): (documents: readonly ChainCheckDocument[], length: number) => void {
  return (documents, length) => {
    expect(documents.map((document) => document.counter)).toEqual(Array.from({ length }, (_, i) => i + 1));
    let previousHash = FIRST_PREVIOUS_INVOICE_HASH_FROM_SDK;
    for (const [index, document] of documents.entries()) {
      const invoice = core.parseInvoice(document.signedXml);
      const hash = core.hashInvoice(document.signedXml);
      const where = `document ${index + 1} (${document.id})`;
      expect({ icv: invoice.counter, pih: invoice.previousInvoiceHash }, where).toEqual({
        icv: String(index + 1), // KSA-16: one more than the document before
        pih: previousHash, // KSA-13: the hash of the document before
      });
      expect(
        {
          counter: document.counter,
          previousInvoiceHash: document.previousInvoiceHash,
          invoiceHash: document.invoiceHash,
          uuid: document.uuid,
        },
        where,
      ).toEqual({
        counter: index + 1,
        previousInvoiceHash: previousHash,
        invoiceHash: hash,
        uuid: invoice.uuid,
      });
      previousHash = hash;
    }
  };
}
