/**
 * An EGS unit as the tests drive it: its key, its current CSID certificate, and its ICV/PIH chain,
 * which moves on with every document it signs — accepted or not, as ZATCA's FAQ says a rejected
 * document keeps its place.
 */
import { buildInvoice, type Invoice } from '@fatoora/core';
import type { Certificate, PrivateKey } from '@fatoora/core/crypto';
import { FIRST_PREVIOUS_INVOICE_HASH, signInvoice } from '@fatoora/core/signing';
import { ISSUED, invoiceModel, type Kind } from './invoices.ts';

/** A signed document ready to submit. */
export interface SignedDocument {
  readonly xml: string;
  readonly invoiceHash: string;
  readonly uuid: string;
  readonly model: Invoice;
}

/** Signs `model` with `key` and `certificate`, at the tests' issue moment. */
export function signModel(model: Invoice, key: PrivateKey, certificate: Certificate): SignedDocument {
  const signed = signInvoice(buildInvoice(model).xml, {
    privateKey: key,
    certificate,
    signingTime: `${ISSUED.date}T${ISSUED.time}`,
  });
  return { xml: signed.xml, invoiceHash: signed.invoiceHash, uuid: model.uuid, model };
}

/** A test EGS unit. */
export class TestEgs {
  counter = 0;
  previousInvoiceHash: string = FIRST_PREVIOUS_INVOICE_HASH;

  constructor(
    readonly key: PrivateKey,
    public certificate: Certificate,
  ) {}

  /** The next document of `kind`, signed; the chain moves on to it. */
  next(kind: Kind, changes: Partial<Invoice> = {}): SignedDocument {
    return this.advance(this.sign(kind, changes));
  }

  /** Moves the chain on to `document` (issued, whatever the platform said of it). */
  advance(document: SignedDocument): SignedDocument {
    this.counter += 1;
    this.previousInvoiceHash = document.invoiceHash;
    return document;
  }

  /** A document of `kind` at the next place, signed, without moving the chain. */
  sign(kind: Kind, changes: Partial<Invoice> = {}): SignedDocument {
    const model = invoiceModel(
      kind,
      { counter: this.counter + 1, previousInvoiceHash: this.previousInvoiceHash },
      changes,
    );
    return signModel(model, this.key, this.certificate);
  }
}
