/**
 * The step that runs under the store's lock when an EGS unit issues a document: given the chain
 * head, it assigns the next ICV, the PIH and a fresh UUID, validates the model (every
 * error-severity fault becomes one `ValidationError`, and nothing is stored), writes the UBL and
 * signs it — all synchronously, as `EgsStore.appendDocument` requires — and returns the record the
 * store persists before anything is sent to the platform.
 */
import type { Certificate } from '../crypto/certificate.ts';
import type { PrivateKey } from '../crypto/private-key.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { validateInvoice } from '../rules/validate-invoice.ts';
import { signInvoice } from '../signing/sign-invoice.ts';
import { writeInvoice } from '../ubl/write-invoice.ts';
import { documentKindOf } from './document-kinds.ts';
import { completeDraft, type InvoiceDraft } from './invoice-draft.ts';
import type { ChainHead, IssuedDocumentRecord, NextDocument } from './store.ts';

/** What {@link signNextDocument} needs. */
export interface SignNextDocumentInput {
  readonly draft: InvoiceDraft;
  readonly privateKey: PrivateKey;
  /** The CSID certificate to sign with (the production CSID's, once onboarded). */
  readonly certificate: Certificate | string;
  /** The unit's clock: read once, under the lock, for the issue moment and the signing time. */
  readonly now: () => Date;
  /** A fresh UUID (KSA-1) per document. */
  readonly uuid: () => string;
}

/**
 * The `next` callback of `EgsStore.appendDocument` for a draft.
 *
 * @throws {ValidationError} (from the callback) with every error fault of the completed model,
 * including BR-KSA-04 for an issue date after today.
 * @throws {SignatureError} (from the callback) `key-certificate-mismatch` when the key does not fit
 * the certificate.
 * @example
 * ```ts
 * const record = await store.appendDocument(unitId, signNextDocument({ draft, privateKey, certificate, now, uuid }));
 * record.counter; // the new ICV
 * ```
 */
export function signNextDocument(input: SignNextDocumentInput): NextDocument {
  return (head: ChainHead): IssuedDocumentRecord => {
    const now = input.now();
    const invoice = completeDraft(input.draft, {
      counter: head.counter + 1, // KSA-16: one more than the last document's ICV
      previousInvoiceHash: head.previousInvoiceHash, // KSA-13: the last document's hash
      uuid: input.uuid(),
      now,
    });
    const errors = validateInvoice(invoice, { now }).filter((fault) => fault.severity === 'error');
    if (errors.length > 0) throw new ValidationError(errors);
    const { xml } = writeInvoice(invoice);
    const signed = signInvoice(xml, {
      privateKey: input.privateKey,
      certificate: input.certificate,
      signingTime: now,
    });
    const kind = documentKindOf(invoice.transaction.subtype, invoice.typeCode);
    return {
      counter: head.counter + 1,
      previousInvoiceHash: head.previousInvoiceHash,
      invoiceHash: signed.invoiceHash,
      id: invoice.id,
      uuid: invoice.uuid,
      kind,
      signedXml: signed.xml,
      issuedAt: now.toISOString(),
      submission: {
        // Standard documents are cleared before they reach the buyer; simplified ones reported.
        route: invoice.transaction.subtype === 'standard' ? 'clearance' : 'reporting',
        state: 'pending',
        attempts: 0,
      },
    };
  };
}
