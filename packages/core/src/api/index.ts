/**
 * `@fatoora/core/api`: the Fatoora (ZATCA) API client — onboarding (compliance CSID, compliance
 * checks, production CSID, renewal), reporting and clearance — for browsers and Node alike, with
 * typed results and one typed error per kind of failure (re-exported here from `/errors`).
 *
 * @example
 * ```ts
 * import { createFatooraClient } from '@fatoora/core/api';
 *
 * const client = createFatooraClient({ environment: 'production', credentials: productionCsid });
 * const result = await client.reportInvoice({ invoice: signed.xml, invoiceHash: signed.invoiceHash });
 * result.status; // 'accepted' | 'accepted-with-warnings'
 * ```
 *
 * @module @fatoora/core/api
 */
export { AlreadySubmittedError } from '../errors/already-submitted-error.ts';
export {
  ApiError,
  type ApiErrorInit,
  type ZatcaErrorMessage,
  type ZatcaValidationMessage,
  type ZatcaValidationResults,
} from '../errors/api-error.ts';
export { ApiVersionError } from '../errors/api-version-error.ts';
export { AuthenticationError } from '../errors/authentication-error.ts';
export { ClearanceDisabledError } from '../errors/clearance-disabled-error.ts';
export { NetworkError } from '../errors/network-error.ts';
export { RateLimitedError } from '../errors/rate-limited-error.ts';
export { RejectedError } from '../errors/rejected-error.ts';
export { ServerError } from '../errors/server-error.ts';
export { TimeoutError } from '../errors/timeout-error.ts';
export { FATOORA_ACTIONS, type FatooraAction } from './actions.ts';
export { type CheckInvoiceComplianceParameters, checkInvoiceCompliance } from './check-invoice-compliance.ts';
export { type ClearInvoiceParameters, clearInvoice } from './clear-invoice.ts';
export {
  createFatooraClient,
  DEFAULT_TIMEOUT_MS,
  type FatooraClient,
  type FatooraClientOptions,
} from './client.ts';
export type { FatooraCredentials } from './credentials.ts';
export type { CsidResult } from './csid-result.ts';
export type { CsrInput } from './csr-field.ts';
export { isDuplicateAnswer } from './duplicate-answer.ts';
export type { InvoiceResult } from './invoice-result.ts';
export type { InvoiceSubmission } from './invoice-submission.ts';
export {
  type ComplianceRequired,
  type CsidRenewal,
  type ProductionCsidIssued,
  type RenewProductionCsidParameters,
  renewProductionCsid,
} from './renew-production-csid.ts';
export { type ReportInvoiceParameters, reportInvoice } from './report-invoice.ts';
export { type RequestComplianceCsidParameters, requestComplianceCsid } from './request-compliance-csid.ts';
export { type RequestProductionCsidParameters, requestProductionCsid } from './request-production-csid.ts';
export { defaultRetryDelay, type RetryOptions, type RetryPolicy } from './retry.ts';
export type { FatooraLanguage, FatooraRequest, FatooraRequester, FatooraResponse } from './transport.ts';
