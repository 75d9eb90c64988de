/**
 * Renews the production CSID before it expires: `PATCH /production/csids` sends a new CSR with a
 * portal OTP, authenticated with the current production CSID. The platform answers in one of two
 * ways (fatoora-api.md §5 #4): 200 `ISSUED` with the new production CSID, or 428 `NOT_COMPLIANT`
 * with a compliance CSID for the new CSR — the renewal is then not granted yet: keep using the
 * current production CSID, pass the compliance checks for the new CSR's `title` with that
 * compliance CSID, and ask for the production CSID with its `requestId`. The result tells the two
 * apart. Never retried: the OTP is single-use and a lost answer may already have issued the new
 * CSID.
 */
import type { FatooraCredentials } from './credentials.ts';
import { NOT_COMPLIANT } from './csid-body.ts';
import { type CsidResult, csidBody, csidDisposition, readCsidFields, readCsidResult } from './csid-result.ts';
import { type CsrInput, csrField } from './csr-field.ts';
import type { FatooraRequester } from './transport.ts';
import { stringField } from './validation-results.ts';

/** Parameters of {@link renewProductionCsid}. */
export interface RenewProductionCsidParameters {
  /** The new CSR: PEM text, base64 of PEM text, or a `Csr` from `createCsr`. */
  readonly csr: CsrInput;
  /** The six-digit OTP from the Fatoora portal. */
  readonly otp: string;
  /** The current production CSID, in place of the client's credentials. */
  readonly credentials?: FatooraCredentials;
  /** Aborts the call. */
  readonly signal?: AbortSignal;
}

/** The platform issued the new production CSID at once (200 `ISSUED`). */
export interface ProductionCsidIssued {
  /** Tells the two outcomes of a renewal apart. */
  readonly status: 'issued';
  /** The new production CSID: it replaces the current one. */
  readonly productionCsid: CsidResult;
}

/**
 * The platform wants the new CSR to pass the compliance checks first (428 `NOT_COMPLIANT`): the
 * current production CSID stays in use meanwhile.
 */
export interface ComplianceRequired {
  /** Tells the two outcomes of a renewal apart. */
  readonly status: 'compliance-required';
  /**
   * The compliance CSID for the new CSR: it signs and authenticates the compliance checks, and its
   * `requestId` is the `complianceRequestId` of the production CSID request that ends the renewal.
   */
  readonly complianceCsid: CsidResult;
}

/** What a renewal came to: the new production CSID, or a compliance CSID to pass the checks with. */
export type CsidRenewal = ProductionCsidIssued | ComplianceRequired;

/**
 * Renews the production CSID.
 *
 * @throws {InputError} field `csr`, `otp` or `credentials` (nothing is sent).
 * @throws {RejectedError} (400) for a refused CSR or OTP (a CSR that does not fit the unit), or a
 * 200 `NOT_COMPLIANT` that carries no certificate (its text in `errors`).
 * @throws {AuthenticationError} (401) when the current production CSID was refused.
 * @throws {ApiError} for any other answer (`ApiVersionError`, `RateLimitedError`, `ServerError`,
 * `api-response-malformed`, also for a 428 without a usable compliance CSID).
 * @throws {TimeoutError} when the answer did not come in time.
 * @throws {NetworkError} when no answer came.
 * @example
 * ```ts
 * const renewal = await renewProductionCsid(productionClient, { csr: newCsr, otp: '123456' });
 * if (renewal.status === 'issued') {
 *   productionClient = productionClient.withCredentials(renewal.productionCsid);
 * } else {
 *   const checks = productionClient.withCredentials(renewal.complianceCsid);
 *   // … checkInvoiceCompliance for each kind the new CSR's title enables, then:
 *   const renewed = await checks.requestProductionCsid({ complianceRequestId: renewal.complianceCsid.requestId });
 * }
 * ```
 */
export async function renewProductionCsid(
  client: FatooraRequester,
  parameters: RenewProductionCsidParameters,
): Promise<CsidRenewal> {
  const response = await client.request({
    action: 'production-csid-renewal',
    body: { csr: csrField(parameters.csr) },
    otp: parameters.otp,
    ...(parameters.credentials ? { credentials: parameters.credentials } : {}),
    ...(parameters.signal ? { signal: parameters.signal } : {}),
  });
  const what = 'production CSID renewal';
  // 428 is the documented form; a 200 NOT_COMPLIANT that carries a token means the same.
  const carriesToken = (stringField(csidBody(response), 'binarySecurityToken') ?? '') !== '';
  if (response.status === 428 || (csidDisposition(response) === NOT_COMPLIANT && carriesToken)) {
    return { status: 'compliance-required', complianceCsid: readCsidFields(response, what) };
  }
  return { status: 'issued', productionCsid: readCsidResult(response, what) };
}
