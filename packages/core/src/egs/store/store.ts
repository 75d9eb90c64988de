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
import type { ComplianceDocumentKind, SubmissionRoute } from '../../model/document-kinds.ts';
import type { FatooraEnvironment } from '../../model/environments.ts';

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
  /** The CSID's `binarySecurityToken` (base64 of the certificate's base64 DER): the Basic auth user name. */
  readonly binarySecurityToken: string;
  /** The CSID's secret: the Basic auth password. */
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
  /** The compliance CSID, once issued: it signs and authenticates the compliance checks. */
  readonly complianceCsid?: StoredCsid;
  /** Compliance checks passed so far, by kind (resuming onboarding skips them). */
  readonly passedComplianceChecks: readonly ComplianceDocumentKind[];
  /** The production CSID, once issued (onboarding is then complete); a renewal replaces it. */
  readonly productionCsid?: StoredCsid;
  /**
   * The Fatoora environment the unit was onboarded for. Records saved before it was kept lack it;
   * the unit's client's environment stands in for it then.
   */
  readonly environment?: FatooraEnvironment;
  /**
   * A renewal the platform answered with a compliance CSID (428): its checks and its production
   * CSID request are still to come, and the current production CSID stays in use meanwhile.
   */
  readonly renewal?: PendingRenewal;
  /** When the unit was first saved, ISO 8601. */
  readonly createdAt: string;
  /** When the record last changed (an onboarding step, a renewal), ISO 8601. */
  readonly updatedAt: string;
}

/**
 * A renewal under way (fatoora-api.md §5 #4): the platform answered the new CSR with a compliance
 * CSID, so the new CSR passes the compliance checks with it before `POST /production/csids` with
 * its request id ends the renewal. Saved step by step, so a reopened unit resumes where it stopped.
 */
export interface PendingRenewal {
  /** The compliance CSID the platform gave the new CSR (its `requestId` ends the renewal). */
  readonly complianceCsid: StoredCsid;
  /** The compliance checks the new CSR has passed so far, by kind. */
  readonly passedComplianceChecks: readonly ComplianceDocumentKind[];
  /**
   * The new CSR's private key, PKCS#8 PEM, when it is not the unit's current key and the unit
   * stores its key (`storePrivateKey`); otherwise the caller hands it to `renew` again to resume.
   */
  readonly privateKeyPem?: string;
  /** When the platform answered with the compliance CSID, ISO 8601. */
  readonly startedAt: string;
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
  readonly route: SubmissionRoute;
  /** How far it got with the platform. */
  readonly state: SubmissionState;
  /** Sends so far. */
  readonly attempts: number;
  /** When the outbox may try again (ISO 8601), after a failure that is safe to retry. */
  readonly nextAttemptAt?: string;
  /** The last failure, for people: a typed error's code and message (never credentials). */
  readonly lastError?: SubmissionError;
  /** ZATCA's warnings (and, when rejected, errors) from the answer that settled it. */
  readonly messages?: readonly ZatcaValidationMessage[];
  /** The stamped document ZATCA returned on clearance (the XML text). */
  readonly clearedXml?: string;
  /** Set when an answer left something for a person to look into (see {@link SubmissionFollowUp}). */
  readonly followUp?: SubmissionFollowUp;
  /** When it was settled (cleared, reported or rejected), ISO 8601. */
  readonly settledAt?: string;
}

/** A failed attempt, as a document's submission keeps it. */
export interface SubmissionError {
  /** The failure's stable code (a `FatooraError`'s `code`). */
  readonly code: string;
  /** What went wrong, in words. */
  readonly message: string;
  /** The HTTP status of the platform's answer, when there was one. */
  readonly status?: number;
}

/**
 * Something a person should look into about a document, in the Fatoora portal:
 * - `cleared-xml-missing`: ZATCA accepted the clearance (a 409 confirming an earlier clearance, or
 *   a clearance answer without `clearedInvoice`) but no stamped XML was ever received; the
 *   document is `cleared`, and its stamped XML is to be fetched from the portal.
 * - `unexplained-conflict`: a 409 that neither follows an attempt whose outcome was unknown nor
 *   says it is a duplicate; the document stays `pending` (never `rejected` on that ground) until
 *   an answer settles it.
 */
export interface SubmissionFollowUp {
  /** What to look into. */
  readonly reason: 'cleared-xml-missing' | 'unexplained-conflict';
  /** The same in words, for people. */
  readonly message: string;
}

/** An issued document: its place in the chain, the signed XML and its submission. */
export interface IssuedDocumentRecord {
  /** KSA-16, this document's ICV. */
  readonly counter: number;
  /** KSA-13, the hash it chains to. */
  readonly previousInvoiceHash: string;
  /** Its invoice hash (base64). */
  readonly invoiceHash: string;
  /** BT-1, the document number. */
  readonly id: string;
  /** KSA-1, the document's UUID: the platform identifies the submission by it. */
  readonly uuid: string;
  /** Which of the six document kinds it is (standard or simplified; invoice, credit or debit note). */
  readonly kind: ComplianceDocumentKind;
  /** The signed XML, byte for byte as submitted. */
  readonly signedXml: string;
  /** When it was signed and stored, ISO 8601. Reporting is due 24 hours later (BR-KSA-98). */
  readonly issuedAt: string;
  /** How it goes to the platform and how far it got: the only part that changes after issuing. */
  readonly submission: SubmissionRecord;
}

/** Which documents {@link EgsStore.listDocuments} returns. */
export interface DocumentQuery {
  /** Only documents in this submission state (`pending` lists the outbox and pending clearances). */
  readonly state?: SubmissionState;
  /** Only documents that go this way: `clearance` or `reporting`. */
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
  /** The document with this ICV, or `undefined` if the unit has none. */
  getDocument(unitId: string, counter: number): Promise<IssuedDocumentRecord | undefined>;
  /** Documents in counter order. */
  listDocuments(unitId: string, query?: DocumentQuery): Promise<IssuedDocumentRecord[]>;
}
