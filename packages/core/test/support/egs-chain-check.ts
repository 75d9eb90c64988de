/**
 * The EGS chain check of `@fatoora/test-support` (each stored document's ICV and PIH read from its
 * signed XML and its hash recomputed), bound to core's `hashInvoice` and `parseInvoice`.
 */
import { chainCheck } from '@fatoora/test-support/egs-chain-check';
import { parseInvoice } from '../../src/pipeline/parse-invoice.ts';
import { hashInvoice } from '../../src/signing/invoice-hash.ts';

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
export const expectChainInSignedXml = chainCheck({ hashInvoice, parseInvoice });
