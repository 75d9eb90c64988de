/**
 * `@fatoora/core/egs`: the EGS unit lifecycle — onboarding (compliance CSID, compliance checks,
 * production CSID; resumable), issuing on the ICV/PIH chain with an injected store, the reporting
 * outbox with backoff and 24-hour deadlines, and CSID renewal — plus the store contract every
 * store implements and the in-memory store. The drafts it issues (`InvoiceDraft`) and the six
 * document kinds (`DOCUMENT_KINDS`, `ComplianceDocumentKind`) live in `@fatoora/core/model`.
 *
 * @example
 * ```ts
 * import { Egs, MemoryEgsStore } from '@fatoora/core/egs';
 *
 * const egs = await Egs.open({ store: new MemoryEgsStore(), unitId: 'till-1', client: { environment: 'simulation' } });
 * await egs.onboard({ otp: '123456', csrConfig, environment: 'simulation' });
 * const issued = await egs.issue(draft);
 * ```
 */
export { EgsError, type EgsErrorCode } from '../errors/egs-error.ts';
export { StoreError, type StoreErrorCode } from '../errors/store-error.ts';
export { type BackoffOptions, type BackoffPolicy, DEFAULT_BACKOFF, retryDelay } from './backoff.ts';
export { continueChain, EMPTY_CHAIN_HEAD } from './chain.ts';
export { isOverdue, REPORTING_WINDOW_MS, reportingDeadline } from './deadline.ts';
export { matchesQuery } from './document-query.ts';
export { type DrainOutboxOptions, Egs, type EgsOpenOptions, type IssueOptions } from './egs.ts';
export type { EgsStatus } from './egs-status.ts';
export { IndexedDbEgsStore, type IndexedDbEgsStoreOptions } from './indexeddb-store.ts';
export type { IssuedInvoice } from './issued-invoice.ts';
export { MemoryEgsStore } from './memory-store.ts';
export type { OnboardingResult, OnboardingStepResult, OnboardParameters } from './onboard.ts';
export { describeStep, type OnboardingStep, type PlannedStep, planOnboarding } from './onboarding-plan.ts';
export type { DrainOptions, DrainResult, OutboxItem, SettledDocument } from './outbox.ts';
export type { RenewalResult, RenewParameters } from './renew.ts';
export type {
  ChainHead,
  DocumentQuery,
  EgsStore,
  EgsUnitRecord,
  IssuedDocumentRecord,
  NextDocument,
  StoredCsid,
  SubmissionRecord,
  SubmissionState,
} from './store.ts';
