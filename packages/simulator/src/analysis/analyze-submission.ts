/**
 * Everything the platform decides about a submitted document that depends on the document alone,
 * as one pure function whose input and output survive `structuredClone` — so that it can run on a
 * worker thread (see `analysis-pool.ts`) while the event loop keeps serving other calls. It reads
 * the document (the XSD stage), verifies it, and runs every check family that needs no records:
 * identity, hash, signature (against the authenticating CSID's certificate), QR, permissions, the
 * PIH's form and the business rules. The chain link and duplicates depend on what the platform has
 * recorded, which only the main thread may read and change. For a clearance with no error, it
 * also makes the cleared document (the submitted XML with the platform's QR).
 */
import type { Certificate } from '@fatoora/core/crypto';
import { verifyInvoice } from '@fatoora/core/signing';
import { checkBusinessRules } from '../checks/business-rules.ts';
import { checkPihForm } from '../checks/chain.ts';
import { readSubmittedInvoice, type SubmittedInvoice } from '../checks/document.ts';
import { checkInvoiceHash } from '../checks/hashing.ts';
import { checkUuid } from '../checks/identity.ts';
import { checkPermissions, type InvoiceEndpoint } from '../checks/permissions.ts';
import { checkQr } from '../checks/qr.ts';
import { checkSignature } from '../checks/signature.ts';
import type { ValidationMessage } from '../checks/validation-results.ts';
import { clearedInvoice } from '../clearance/cleared-invoice.ts';

/** One submission, as the endpoint hands it over for analysis. */
export interface SubmissionInput {
  /** The request body's `invoice` field, as it came (base64 of the XML, or anything else). */
  readonly invoice: unknown;
  /** The request body's claims. */
  readonly claimed: { readonly invoiceHash: unknown; readonly uuid: unknown };
  /** The authenticated CSID's certificate. */
  readonly certificate: Certificate;
  readonly endpoint: InvoiceEndpoint;
  readonly clearanceEnabled: boolean;
  readonly now: Date;
  /** The `qr-long-values` behaviour. */
  readonly qrLongValues: 'lenient' | 'strict';
}

/** The facts of a readable document that the endpoint needs after the analysis. */
export type SubmissionFacts = Omit<SubmittedInvoice, 'document' | 'xml'>;

/** What {@link analyzeSubmission} found. */
export type SubmissionAnalysis =
  | {
      /** The document failed the XSD stage: nothing else was checked. */
      readonly readable: false;
      readonly messages: ValidationMessage[];
    }
  | {
      readonly readable: true;
      readonly facts: SubmissionFacts;
      /** The hash of the document as it arrived (base64). */
      readonly invoiceHash: string;
      /** The XSD, identity, hash, signature, QR and permission messages, in the platform's order. */
      readonly beforeChain: ValidationMessage[];
      /** The PIH's form and the business-rule messages, which the platform lists after them. */
      readonly afterChain: ValidationMessage[];
      /** The cleared XML, on a clearance with no error so far. */
      readonly clearedXml?: string;
    };

/**
 * Analyses one submission.
 *
 * @example
 * ```ts
 * const analysis = analyzeSubmission({ invoice: body.invoice, claimed, certificate, endpoint: 'reporting', clearanceEnabled: true, now: new Date(), qrLongValues: 'lenient' });
 * if (analysis.readable) analysis.facts.counter; // '7'
 * ```
 */
export function analyzeSubmission(input: SubmissionInput): SubmissionAnalysis {
  const reading = readSubmittedInvoice(input.invoice);
  if (!reading.ok) return { readable: false, messages: reading.messages };
  const { document, xml, ...facts } = reading.invoice;
  const verification = verifyInvoice(document);
  const beforeChain = [
    ...reading.messages,
    ...checkUuid(input.claimed.uuid, reading.invoice),
    ...checkInvoiceHash(input.claimed.invoiceHash, verification),
    ...checkSignature(verification, input.certificate, facts.kind),
    ...checkQr(verification, facts.qrText, facts.kind, input.qrLongValues),
    ...checkPermissions(reading.invoice, input.certificate.egs, input.endpoint, {
      clearanceEnabled: input.clearanceEnabled,
    }),
  ];
  const afterChain = [...checkPihForm(facts), ...checkBusinessRules(xml, input.now)];
  const clean = ![...beforeChain, ...afterChain].some((message) => message.type === 'ERROR');
  const cleared =
    clean && input.endpoint === 'clearance' ? clearedInvoice(xml, document, verification) : undefined;
  return {
    readable: true,
    facts,
    invoiceHash: verification.invoiceHash,
    beforeChain,
    afterChain,
    ...(cleared !== undefined ? { clearedXml: cleared } : {}),
  };
}
