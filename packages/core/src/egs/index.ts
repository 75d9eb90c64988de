/**
 * `@fatoora/core/egs`: the EGS unit lifecycle — onboarding (compliance CSID, compliance checks,
 * production CSID; resumable), issuing on the ICV/PIH chain with an injected store, the reporting
 * outbox (earliest deadline first, stuck documents surfaced) with backoff and 24-hour deadlines, and
 * CSID renewal (with the compliance checks a 428 asks for) — plus the store contract every
 * store implements and the in-memory store. The drafts it issues (`InvoiceDraft`) and the six
 * document kinds (`DOCUMENT_KINDS`, `ComplianceDocumentKind`) live in `@fatoora/core/model`.
 *
 * The folder is split by concern: `store/` (the store contract, the chain head, the memory and
 * IndexedDB stores), `onboarding/` (key, CSR, compliance checks, production CSID), `issuing/`
 * (signing on the chain, submission outcomes, the outbox, backoff and deadlines), `renewal/`; the
 * `Egs` class here ties them together. Each imports `store/` and nothing from its siblings but
 * `renewal/` from `onboarding/` (a renewal sends a fresh CSR).
 *
 * @example
 * ```ts
 * import { Egs, MemoryEgsStore } from '@fatoora/core/egs';
 *
 * const egs = await Egs.open({ store: new MemoryEgsStore(), unitId: 'till-1', client: { environment: 'simulation' } });
 * await egs.onboard({ otp: '123456', csrConfig, environment: 'simulation' });
 * const issued = await egs.issue(draft);
 * ```
 *
 * @module @fatoora/core/egs
 */
export { EgsError, type EgsErrorCode } from '../errors/egs-error.ts';
export { StoreError, type StoreErrorCode } from '../errors/store-error.ts';
export { type DrainOutboxOptions, Egs, type EgsOpenOptions, type IssueOptions } from './egs.ts';
export type { EgsStatus } from './egs-status.ts';
export { type BackoffOptions, type BackoffPolicy, DEFAULT_BACKOFF, retryDelay } from './issuing/backoff.ts';
export { isOverdue, REPORTING_WINDOW_MS, reportingDeadline } from './issuing/deadline.ts';
export type { IssuedInvoice } from './issuing/issued-invoice.ts';
export type { DrainOptions, DrainResult, OutboxItem, SettledDocument } from './issuing/outbox.ts';
export type { OnboardingResult, OnboardingStepResult, OnboardParameters } from './onboarding/onboard.ts';
export {
  describeStep,
  type OnboardingStep,
  type PlannedStep,
  planOnboarding,
} from './onboarding/onboarding-plan.ts';
export type { ProductionIdentity } from './onboarding/production-identity.ts';
export type { RenewalResult, RenewParameters } from './renewal/renew.ts';
export { continueChain, EMPTY_CHAIN_HEAD } from './store/chain.ts';
export { matchesQuery } from './store/document-query.ts';
export { IndexedDbEgsStore, type IndexedDbEgsStoreOptions } from './store/indexeddb-store.ts';
export { MemoryEgsStore } from './store/memory-store.ts';
export type {
  ChainHead,
  DocumentQuery,
  EgsStore,
  EgsUnitRecord,
  IssuedDocumentRecord,
  NextDocument,
  PendingRenewal,
  StoredCsid,
  SubmissionError,
  SubmissionFollowUp,
  SubmissionRecord,
  SubmissionState,
} from './store/store.ts';
