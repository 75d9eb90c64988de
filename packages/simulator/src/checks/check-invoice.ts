/**
 * Runs every check family on a document that passed the XSD stage, in the order the platform
 * reports them: identity (UUID), invoice hash, signature and signed properties, QR, permissions
 * and endpoint, chain continuity (reporting and clearance only), then ZATCA's business rules. Each
 * family is a pure function returning messages; this file only wires them.
 */
import type { Certificate } from '@fatoora/core/crypto';
import type { InvoiceVerification } from '@fatoora/core/signing';
import type { ChainRecord } from '../store/state.ts';
import { checkBusinessRules } from './business-rules.ts';
import { checkChain } from './chain.ts';
import type { SubmittedInvoice } from './document.ts';
import { checkInvoiceHash } from './hashing.ts';
import { checkUuid } from './identity.ts';
import { checkPermissions, type InvoiceEndpoint } from './permissions.ts';
import { checkQr } from './qr.ts';
import { checkSignature } from './signature.ts';
import type { ValidationMessage } from './validation-results.ts';

/** What the checks need to know about one submission. */
export interface InvoiceCheckInput {
  /** The request body's claims. */
  readonly claimed: { readonly invoiceHash: unknown; readonly uuid: unknown };
  readonly invoice: SubmittedInvoice;
  /** `verifyInvoice(invoice.document, { certificate })`. */
  readonly verification: InvoiceVerification;
  /** The authenticated CSID's certificate. */
  readonly certificate: Certificate;
  readonly endpoint: InvoiceEndpoint;
  /** On reporting and clearance: the end of the EGS unit's chain (`last` undefined before its first document). */
  readonly chain?: { readonly last: ChainRecord | undefined };
  readonly clearanceEnabled: boolean;
  readonly now: Date;
}

/**
 * Every message of every family, for `collectResults`.
 *
 * @example
 * ```ts
 * const messages = [...reading.messages, ...checkInvoice({ claimed: body, invoice, verification, certificate, endpoint: 'reporting', chain: { last }, clearanceEnabled: true, now: new Date() })];
 * ```
 */
export function checkInvoice(input: InvoiceCheckInput): ValidationMessage[] {
  const { invoice, verification } = input;
  return [
    ...checkUuid(input.claimed.uuid, invoice),
    ...checkInvoiceHash(input.claimed.invoiceHash, verification),
    ...checkSignature(verification, invoice.kind),
    ...checkQr(verification, invoice.kind),
    ...checkPermissions(invoice, input.certificate.egs, input.endpoint, {
      clearanceEnabled: input.clearanceEnabled,
    }),
    ...(input.chain ? checkChain(invoice, input.chain.last) : []),
    ...checkBusinessRules(invoice.xml, input.now),
  ];
}
