/**
 * The six calls of the Fatoora API as one table: method, path, which CSID authenticates them,
 * whether they need an OTP, the `Clearance-Status` header they send (reporting sends `0`, which the
 * platform is reported to ignore; clearance sends `1`), whether they may be retried (see
 * `retry.ts`), and the statuses outside 2xx that carry an answer of the call rather than a failure
 * (renewal's 428: a compliance CSID for the new CSR, fatoora-api.md §5 #4). The transport, the error messages and the tests share this one description of the
 * wire contract (`shared/docs/fatoora-api.md`).
 */

/**
 * The Fatoora API's calls.
 *
 * @example
 * ```ts
 * FATOORA_ACTIONS.clearance.path; // '/invoices/clearance/single'
 * ```
 */
export const FATOORA_ACTIONS = {
  'compliance-csid': {
    method: 'POST',
    path: '/compliance',
    auth: 'none',
    otp: true,
    clearanceStatus: null,
    retryable: false,
    answerStatuses: [],
    en: 'compliance CSID request',
  },
  'compliance-check': {
    method: 'POST',
    path: '/compliance/invoices',
    auth: 'compliance-csid',
    otp: false,
    clearanceStatus: null,
    retryable: true,
    answerStatuses: [],
    en: 'invoice compliance check',
  },
  'production-csid': {
    method: 'POST',
    path: '/production/csids',
    auth: 'compliance-csid',
    otp: false,
    clearanceStatus: null,
    retryable: false,
    answerStatuses: [],
    en: 'production CSID request',
  },
  'production-csid-renewal': {
    method: 'PATCH',
    path: '/production/csids',
    auth: 'production-csid',
    otp: true,
    clearanceStatus: null,
    retryable: false,
    answerStatuses: [428],
    en: 'production CSID renewal',
  },
  reporting: {
    method: 'POST',
    path: '/invoices/reporting/single',
    auth: 'production-csid',
    otp: false,
    clearanceStatus: '0',
    retryable: true,
    answerStatuses: [],
    en: 'invoice reporting',
  },
  clearance: {
    method: 'POST',
    path: '/invoices/clearance/single',
    auth: 'production-csid',
    otp: false,
    clearanceStatus: '1',
    retryable: true,
    answerStatuses: [],
    en: 'invoice clearance',
  },
} as const;

/** The name of a Fatoora API call. */
export type FatooraAction = keyof typeof FATOORA_ACTIONS;
