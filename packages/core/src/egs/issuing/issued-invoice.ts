/**
 * What `Egs.issue` returns: an issued document's place in the chain, where it stands with the
 * platform, and the XML to hand to the buyer — for a standard document only ZATCA's cleared
 * (stamped) version, never the uncleared one; for a simplified document the signed XML, which the
 * buyer gets at once and the platform within 24 hours (BR-KSA-98). The QR is read from that XML.
 */
import type { ZatcaValidationMessage } from '../../errors/api-error.ts';
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '../../model/document-kinds.ts';
import { readInvoiceQr } from '../../signing/read-invoice-qr.ts';
import type {
  IssuedDocumentRecord,
  SubmissionError,
  SubmissionFollowUp,
  SubmissionRecord,
  SubmissionState,
} from '../store/store.ts';
import { reportingDeadline } from './deadline.ts';

/** An issued invoice, credit note or debit note. */
export interface IssuedInvoice {
  /** KSA-16, its ICV. */
  readonly counter: number;
  /** KSA-13, the hash it chains to. */
  readonly previousInvoiceHash: string;
  /** Its invoice hash (base64): the next document's PIH. */
  readonly invoiceHash: string;
  /** BT-1. */
  readonly id: string;
  /** KSA-1. */
  readonly uuid: string;
  /** Which of the six document kinds it is. */
  readonly kind: ComplianceDocumentKind;
  /** ISO 8601. */
  readonly issuedAt: string;
  /** Issue + 24 hours, ISO 8601 (BR-KSA-98). */
  readonly deadline: string;
  /** `pending` (in the outbox), `cleared`, `reported` or `rejected`. */
  readonly state: SubmissionState;
  /** `clearance`, or `reporting` (simplified, or standard while clearance is switched off). */
  readonly route: SubmissionRecord['route'];
  /** The signed XML as stored and submitted. */
  readonly signedXml: string;
  /**
   * The XML to hand to the buyer: the cleared XML of a cleared standard document, the signed XML
   * of a simplified one (or of a standard one reported while clearance was switched off).
   * Absent while a standard document is not cleared — it must not go to the buyer — and when a
   * clearance was only confirmed by a 409 (fetch the stamped XML from the Fatoora portal).
   */
  readonly document?: string;
  /** The QR text of {@link IssuedInvoice.document}. */
  readonly qr?: string;
  /** ZATCA's warnings, or its errors when rejected. */
  readonly messages: readonly ZatcaValidationMessage[];
  /** Sends so far. */
  readonly attempts: number;
  /** When a pending document's next attempt may go (ISO 8601). */
  readonly nextAttemptAt?: string;
  /** The last failure, for a document still pending: the platform's last answer, or why none came. */
  readonly lastError?: SubmissionError;
  /**
   * What a person should look into: a clearance ZATCA accepted whose stamped XML never arrived
   * (fetch it from the Fatoora portal), or a 409 nothing explains (the document stays pending).
   */
  readonly followUp?: SubmissionFollowUp;
}

/**
 * The issued-invoice view of a stored document.
 *
 * @throws {XmlError} when the stored XML is not well-formed (a store that altered it).
 * @example
 * ```ts
 * const issued = toIssuedInvoice(await store.getDocument(unitId, 7));
 * if (issued.document) handOver(issued.document, issued.qr);
 * ```
 */
export function toIssuedInvoice(record: IssuedDocumentRecord): IssuedInvoice {
  const { submission } = record;
  const document = handover(record);
  const qr = document === undefined ? undefined : readInvoiceQr(document);
  return {
    counter: record.counter,
    previousInvoiceHash: record.previousInvoiceHash,
    invoiceHash: record.invoiceHash,
    id: record.id,
    uuid: record.uuid,
    kind: record.kind,
    issuedAt: record.issuedAt,
    deadline: reportingDeadline(record.issuedAt).toISOString(),
    state: submission.state,
    route: submission.route,
    signedXml: record.signedXml,
    ...(document !== undefined ? { document } : {}),
    ...(qr !== undefined ? { qr } : {}),
    messages: submission.messages ?? [],
    attempts: submission.attempts,
    ...(submission.state === 'pending' && submission.nextAttemptAt !== undefined
      ? { nextAttemptAt: submission.nextAttemptAt }
      : {}),
    ...(submission.state === 'pending' && submission.lastError !== undefined
      ? { lastError: submission.lastError }
      : {}),
    ...(submission.followUp !== undefined ? { followUp: submission.followUp } : {}),
  };
}

/** The XML the buyer may have, if any. */
function handover(record: IssuedDocumentRecord): string | undefined {
  const { submission } = record;
  if (DOCUMENT_KINDS[record.kind].subtype === 'simplified') return record.signedXml;
  if (submission.state === 'cleared') return submission.clearedXml;
  // Clearance switched off (303): the standard document was reported as signed.
  if (submission.state === 'reported') return record.signedXml;
  return undefined;
}
