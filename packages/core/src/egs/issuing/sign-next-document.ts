/**
 * The step that runs under the store's lock when an EGS unit issues a document: given the chain
 * head, it assigns the next ICV, the PIH and a fresh UUID, prepares the draft (`prepareDraft`:
 * normalised, checked — every error-severity fault becomes one `ValidationError`, and nothing is
 * stored — and totalled), writes the UBL and
 * signs it — all synchronously, as `EgsStore.appendDocument` requires — and returns the record the
 * store persists before anything is sent to the platform.
 */
import type { Certificate } from '../../crypto/certificate.ts';
import type { PrivateKey } from '../../crypto/private-key.ts';
import { ValidationError } from '../../errors/validation-error.ts';
import { documentKindOf, submissionRouteOf } from '../../model/document-kinds.ts';
import type { InvoiceDraft } from '../../model/invoice-draft.ts';
import { prepareDraft } from '../../pipeline/prepare-invoice.ts';
import { signInvoice } from '../../signing/sign-invoice.ts';
import { writeInvoice } from '../../ubl/write-invoice.ts';
import type { ChainHead, IssuedDocumentRecord, NextDocument } from '../store/store.ts';

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
    // The same pipeline as buildInvoice: what is signed is the normalised model (a null field
    // written nowhere), with the totals its check computed.
    const {
      model: invoice,
      errors,
      totals,
    } = prepareDraft(input.draft, {
      now,
      chain: {
        counter: head.counter + 1, // KSA-16: one more than the last document's ICV
        previousInvoiceHash: head.previousInvoiceHash, // KSA-13: the last document's hash
        uuid: input.uuid(),
      },
    });
    if (errors.length > 0 || totals === undefined) throw new ValidationError(errors);
    const { xml } = writeInvoice(invoice, totals);
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
        route: submissionRouteOf(kind),
        state: 'pending',
        attempts: 0,
      },
    };
  };
}
