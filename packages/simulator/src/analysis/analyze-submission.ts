/**
 * Everything the platform decides about a submitted document that depends on the document alone,
 * as one pure function whose input and output survive `structuredClone` — so that it can run on a
 * worker thread (see `analysis-pool.ts`) while the event loop keeps serving other calls. It reads
 * the document (the XSD stage), verifies it against the CSID's certificate, and runs every check
 * family but the chain's: the chain depends on what the platform has recorded, which only the
 * main thread may read and change. For a clearance whose checks found no error so far, it also
 * stamps the document, which the endpoint keeps only if the chain check adds no error either.
 */
import type { Certificate } from '@fatoora/core/crypto';
import { importPrivateKey } from '@fatoora/core/crypto';
import { verifyInvoice } from '@fatoora/core/signing';
import { checkBusinessRules } from '../checks/business-rules.ts';
import { readSubmittedInvoice, type SubmittedInvoice } from '../checks/document.ts';
import { checkInvoiceHash } from '../checks/hashing.ts';
import { checkUuid } from '../checks/identity.ts';
import { checkPermissions, type InvoiceEndpoint } from '../checks/permissions.ts';
import { checkQr } from '../checks/qr.ts';
import { checkSignature } from '../checks/signature.ts';
import type { ValidationMessage } from '../checks/validation-results.ts';
import { stampInvoice } from '../stamp/stamp-invoice.ts';

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
  /** On clearance: the platform's stamping identity, its key as PEM (a `PrivateKey` cannot cross threads). */
  readonly stamp?: { readonly keyPem: string; readonly certificate: Certificate };
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
      /** The business-rule messages, which the platform lists after the chain's. */
      readonly afterChain: ValidationMessage[];
      /** The platform-stamped XML, on a clearance with no error before the chain check. */
      readonly stampedXml?: string;
    };

/**
 * Analyses one submission.
 *
 * @example
 * ```ts
 * const analysis = analyzeSubmission({ invoice: body.invoice, claimed, certificate, endpoint: 'reporting', clearanceEnabled: true, now: new Date() });
 * if (analysis.readable) analysis.facts.counter; // '7'
 * ```
 */
export function analyzeSubmission(input: SubmissionInput): SubmissionAnalysis {
  const reading = readSubmittedInvoice(input.invoice);
  if (!reading.ok) return { readable: false, messages: reading.messages };
  const { document, xml, ...facts } = reading.invoice;
  const verification = verifyInvoice(document, { certificate: input.certificate });
  const beforeChain = [
    ...reading.messages,
    ...checkUuid(input.claimed.uuid, reading.invoice),
    ...checkInvoiceHash(input.claimed.invoiceHash, verification),
    ...checkSignature(verification, facts.kind),
    ...checkQr(verification, facts.kind),
    ...checkPermissions(reading.invoice, input.certificate.egs, input.endpoint, {
      clearanceEnabled: input.clearanceEnabled,
    }),
  ];
  const afterChain = checkBusinessRules(xml, input.now);
  const clean = ![...beforeChain, ...afterChain].some((message) => message.type === 'ERROR');
  const stampedXml =
    clean && input.endpoint === 'clearance' && input.stamp
      ? stampInvoice(
          xml,
          { key: importPrivateKey(input.stamp.keyPem), certificate: input.stamp.certificate },
          input.now,
        )
      : undefined;
  return {
    readable: true,
    facts,
    invoiceHash: verification.invoiceHash,
    beforeChain,
    afterChain,
    ...(stampedXml !== undefined ? { stampedXml } : {}),
  };
}
