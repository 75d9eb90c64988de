/**
 * Everything the simulated platform remembers, as plain JSON-ready records in named collections:
 * issued CSIDs (found by a digest of their `binarySecurityToken`; only a digest of each secret is
 * kept), compliance requests and the document kinds that passed their checks, each EGS unit's
 * ICV/PIH chain, accepted submissions (by invoice hash, and an index by UUID, for the 409 on a
 * resubmission), and OTPs minted or spent. A store persists collections by name.
 */
import type { FatooraEnvironment } from '@fatoora/core/model';

/** An issued CSID. */
export interface CsidRecord {
  readonly requestID: string;
  readonly kind: 'compliance' | 'production';
  readonly environment: FatooraEnvironment;
  /** The certificate, base64 DER. */
  readonly certificate: string;
  /** SHA-256 (hex) of the secret; the secret itself is only ever in the CSID answer. */
  readonly secretHash: string;
  /** The EGS unit: the request id of its compliance CSID, which keys its ICV/PIH chain. */
  readonly egsId: string;
  readonly issuedAt: string;
}

/** A compliance request (`POST /compliance`) and its progress. */
export interface ComplianceRecord {
  readonly requestID: string;
  readonly environment: FatooraEnvironment;
  /** The CSR, base64 DER: the production CSID is issued from it. */
  readonly csr: string;
  /**
   * ZATCA's names of the compliance steps passed (`standard-compliant`, …: core's
   * `DOCUMENT_KINDS`); older records hold kind keys (`standard-invoice`) instead.
   */
  readonly passed: readonly string[];
}

/** The last document of an EGS unit's chain. */
export interface ChainRecord {
  /** Its ICV text (KSA-16). */
  readonly counter: string | undefined;
  /** Its invoice hash: the next document's PIH. */
  readonly hash: string;
}

/** An accepted (reported or cleared) document. */
export interface SubmissionRecord {
  readonly environment: FatooraEnvironment;
  readonly uuid: string;
  readonly invoiceHash: string;
  readonly status: 'REPORTED' | 'CLEARED';
  readonly egsId: string;
  readonly submittedAt: string;
  /** The name under which the cleared XML (the submitted one with the platform's QR) is stored. */
  readonly clearedDocument?: string;
}

/** An OTP the simulator minted, or a configured one that was spent. */
export interface OtpRecord {
  /** When a minted OTP stops working (ISO time). */
  readonly expiresAt?: string;
  readonly used: boolean;
}

/** The whole remembered state. */
export interface SimulatorState {
  /** By SHA-256 (hex) of the `binarySecurityToken`. */
  readonly csids: Record<string, CsidRecord>;
  /** By request id. */
  readonly compliance: Record<string, ComplianceRecord>;
  /** By EGS id. */
  readonly chains: Record<string, ChainRecord>;
  /** By `<environment> <invoice hash>`. */
  readonly submissions: Record<string, SubmissionRecord>;
  /** `<environment> <uuid>` → the submission's key. */
  readonly uuids: Record<string, string>;
  /** By OTP. */
  readonly otps: Record<string, OtpRecord>;
}

/** The name of one collection of the state. */
export type StateCollection = keyof SimulatorState;

/**
 * Every collection name, in the order stores write them.
 *
 * @example
 * ```ts
 * await store.saveState(state, STATE_COLLECTIONS); // everything
 * ```
 */
export const STATE_COLLECTIONS: readonly StateCollection[] = [
  'csids',
  'compliance',
  'chains',
  'submissions',
  'uuids',
  'otps',
];

/**
 * A fresh, empty state.
 *
 * @example
 * ```ts
 * const state = emptyState();
 * state.csids; // {}
 * ```
 */
export function emptyState(): SimulatorState {
  return { csids: {}, compliance: {}, chains: {}, submissions: {}, uuids: {}, otps: {} };
}
