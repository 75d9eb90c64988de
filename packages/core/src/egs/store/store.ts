/**
 * The one small interface every EGS store implements (in memory, a file store for Node, IndexedDB
 * in browsers, PostgreSQL for servers with several instances), and the plain, JSON-ready records
 * it keeps: the unit (identity, CSIDs, onboarding progress), its ICV/PIH chain head, and every
 * issued document with its submission state. The chain's safety rests on one operation,
 * {@link EgsStore.appendDocument}: it reads the head, lets the caller build and sign the next
 * document under the unit's lock, and stores the document with the new head in one atomic write —
 * so concurrent callers get consecutive ICVs, and a crash leaves either the old head or the new
 * head with its document, never a gap or a fork. Nothing is ever deleted: a rejected document keeps
 * its place in the chain (fatoora-api.md, "Flow rules").
 */
import type { ZatcaValidationMessage } from '../../errors/api-error.ts';
import type { ComplianceDocumentKind } from '../../model/document-kinds.ts';

/** Where a unit's chain stands: the last issued document's ICV and hash. */
export interface ChainHead {
  /** ICV of the last issued document; 0 before the first. */
  readonly counter: number;
  /** Hash of the last issued document (the next PIH); `FIRST_PREVIOUS_INVOICE_HASH` (signing/invoice-hash.ts) before the first. */
  readonly previousInvoiceHash: string;
}

/** A CSID as the unit keeps it. The secret is a credential: stores keep it, nothing logs it. */
export interface StoredCsid {
  /** The platform's `requestID`, as text (it may not fit a JSON number). */
  readonly requestId: string;
  readonly binarySecurityToken: string;
  readonly secret: string;
  /** The certificate (base64 DER) decoded from the token. */
  readonly certificate: string;
  /** The certificate's notAfter, ISO 8601. */
  readonly expiresAt: string;
}

/** An EGS unit: who it is, its credentials and how far onboarding went. */
export interface EgsUnitRecord {
  /** The store key: the caller's id for the unit (e.g. its EGS serial number). */
  readonly id: string;
  /** The CSR configuration the unit was onboarded with (`CsrConfig` of `@fatoora/core/csr`). */
  readonly csrConfig: Readonly<Record<string, unknown>>;
  /**
   * The private key, PKCS#8 PEM — present only when the caller chose to store it (`storePrivateKey`);
   * otherwise the caller keeps the key and hands it to the unit when it is opened.
   */
  readonly privateKeyPem?: string;
  readonly complianceCsid?: StoredCsid;
  /** Compliance checks passed so far, by kind (resuming onboarding skips them). */
  readonly passedComplianceChecks: readonly ComplianceDocumentKind[];
  readonly productionCsid?: StoredCsid;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Where a document stands with the platform. */
export type SubmissionState =
  /** Signed and stored, not yet accepted: clearance to be asked, or in the reporting outbox. */
  | 'pending'
  /** Cleared (standard): `clearedXml` is the document to hand over. */
  | 'cleared'
  /** Reported (simplified), or a 409 showed it already was. */
  | 'reported'
  /** Refused (400): it keeps its ICV; a corrected document is issued anew. */
  | 'rejected';

/** A document's submission: how it goes to the platform and how far it got. */
export interface SubmissionRecord {
  /** `clearance` for standard documents, `reporting` for simplified ones (and for standard ones when clearance is switched off, 303). */
  readonly route: 'clearance' | 'reporting';
  readonly state: SubmissionState;
  /** Sends so far. */
  readonly attempts: number;
  /** When the outbox may try again (ISO 8601), after a failure that is safe to retry. */
  readonly nextAttemptAt?: string;
  /** The last failure, for people: a typed error's code and message (never credentials). */
  readonly lastError?: { readonly code: string; readonly message: string };
  /** ZATCA's warnings (and, when rejected, errors) from the answer that settled it. */
  readonly messages?: readonly ZatcaValidationMessage[];
  /** The stamped document ZATCA returned on clearance (the XML text). */
  readonly clearedXml?: string;
  /** When it was settled (cleared, reported or rejected), ISO 8601. */
  readonly settledAt?: string;
}

/** An issued document: its place in the chain, the signed XML and its submission. */
export interface IssuedDocumentRecord {
  /** KSA-16, this document's ICV. */
  readonly counter: number;
  /** KSA-13, the hash it chains to. */
  readonly previousInvoiceHash: string;
  /** Its invoice hash (base64). */
  readonly invoiceHash: string;
  /** BT-1 and KSA-1. */
  readonly id: string;
  readonly uuid: string;
  readonly kind: ComplianceDocumentKind;
  /** The signed XML, byte for byte as submitted. */
  readonly signedXml: string;
  /** When it was signed and stored, ISO 8601. Reporting is due 24 hours later (BR-KSA-98). */
  readonly issuedAt: string;
  readonly submission: SubmissionRecord;
}

/** Which documents {@link EgsStore.listDocuments} returns. */
export interface DocumentQuery {
  readonly state?: SubmissionState;
  readonly route?: SubmissionRecord['route'];
  /** Only counters at or above this one. */
  readonly fromCounter?: number;
  /** At most this many, in counter order. */
  readonly limit?: number;
}

/**
 * Builds and signs the next document for a chain head. It runs under the unit's lock and must be
 * synchronous (building and signing are), so that an IndexedDB transaction stays open around it.
 * Throwing stores nothing and leaves the head as it was.
 */
export type NextDocument = (head: ChainHead) => IssuedDocumentRecord;

/**
 * Keeps EGS units and their chains. Every method is safe under concurrent callers, in one process
 * and (for the file, IndexedDB and PostgreSQL stores) across processes or tabs sharing the store.
 *
 * @example
 * ```ts
 * const record = await store.appendDocument('egs-1', (head) =>
 *   signNext(model, head.counter + 1, head.previousInvoiceHash),
 * );
 * await store.updateSubmission('egs-1', record.counter, { ...record.submission, state: 'reported' });
 * ```
 */
export interface EgsStore {
  /** The unit, or `undefined` if it was never saved. */
  loadUnit(unitId: string): Promise<EgsUnitRecord | undefined>;
  /** Creates or replaces the unit's record. */
  saveUnit(record: EgsUnitRecord): Promise<void>;
  /** The unit's chain head (counter 0 and the first PIH when it has issued nothing). */
  chainHead(unitId: string): Promise<ChainHead>;
  /**
   * Atomically: reads the head, calls `next(head)`, checks that the result continues the chain
   * (`counter` = head + 1, `previousInvoiceHash` = head's hash) and stores it with the new head.
   *
   * @throws whatever `next` throws (nothing is stored); a `FatooraError` `chain-conflict` if the
   * result does not continue the head.
   */
  appendDocument(unitId: string, next: NextDocument): Promise<IssuedDocumentRecord>;
  /** Replaces a stored document's submission record (the only part of a document that changes). */
  updateSubmission(unitId: string, counter: number, submission: SubmissionRecord): Promise<void>;
  getDocument(unitId: string, counter: number): Promise<IssuedDocumentRecord | undefined>;
  /** Documents in counter order. */
  listDocuments(unitId: string, query?: DocumentQuery): Promise<IssuedDocumentRecord[]>;
}
