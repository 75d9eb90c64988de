/**
 * The chain check the EGS tests make on what a store kept, read from the documents themselves
 * rather than from the store's bookkeeping: each stored document's signed XML is parsed for its ICV
 * (KSA-16) and PIH (KSA-13) and hashed anew with `hashInvoice`, and the chain must run 1, 2, … n
 * with every PIH the recomputed hash of the document before it (the first one's, the seed). The
 * record's own counter, PIH, hash and UUID must agree with its XML, so a store that kept the right
 * bookkeeping beside the wrong document fails too.
 */
import { expect } from 'vitest';
import type { IssuedDocumentRecord } from '../../src/egs/store.ts';
import { FIRST_PREVIOUS_INVOICE_HASH, hashInvoice } from '../../src/signing/invoice-hash.ts';
import { parseInvoice } from '../../src/ubl/parse-invoice.ts';

/**
 * Checks that `documents` (a unit's documents in ICV order) are one unbroken chain of `length`
 * documents as their signed XML tells it.
 *
 * @throws an assertion error at the first document that breaks the chain.
 * @example
 * ```ts
 * expectChainInSignedXml(await store.listDocuments('till-1'), 100);
 * ```
 */
export function expectChainInSignedXml(documents: readonly IssuedDocumentRecord[], length: number): void {
  expect(documents.map((document) => document.counter)).toEqual(Array.from({ length }, (_, i) => i + 1));
  let previousHash = FIRST_PREVIOUS_INVOICE_HASH;
  for (const [index, document] of documents.entries()) {
    const invoice = parseInvoice(document.signedXml);
    const hash = hashInvoice(document.signedXml);
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
}
