/**
 * Onboarding step 3: `POST /production/csids` exchanges the compliance CSID's request id for the
 * production CSID, once the compliance checks have passed for every document kind the CSR enables.
 * Authenticated with the compliance CSID. Never retried: a lost answer may already have issued the
 * CSID (see `retry.ts`).
 */
import { InputError } from '../errors/input-error.ts';
import type { FatooraCredentials } from './credentials.ts';
import { type CsidResult, readCsidResult } from './csid-result.ts';
import type { FatooraRequester } from './transport.ts';

/** Parameters of {@link requestProductionCsid}. */
export interface RequestProductionCsidParameters {
  /** The compliance CSID's `requestId`. */
  readonly complianceRequestId: string;
  /** The compliance CSID, in place of the client's credentials. */
  readonly credentials?: FatooraCredentials;
  /** Aborts the call. */
  readonly signal?: AbortSignal;
}

/**
 * Requests the production CSID.
 *
 * @throws {InputError} field `complianceRequestId` when it is not decimal digits, or
 * `credentials` when there are none (nothing is sent).
 * @throws {RejectedError} (400), e.g. `Missing-ComplianceSteps` when a compliance check is missing,
 * or a 200 `NOT_COMPLIANT` that issued nothing (its free text in `errors`).
 * @throws {AuthenticationError} (401) when the compliance CSID was refused.
 * @throws {ApiError} for any other answer (`ApiVersionError`, `RateLimitedError`, `ServerError`,
 * `api-response-malformed`).
 * @throws {TimeoutError} when the answer did not come in time.
 * @throws {NetworkError} when no answer came.
 * @example
 * ```ts
 * const production = await requestProductionCsid(complianceClient, {
 *   complianceRequestId: compliance.requestId,
 * });
 * const client = complianceClient.withCredentials(production);
 * ```
 */
export async function requestProductionCsid(
  client: FatooraRequester,
  parameters: RequestProductionCsidParameters,
): Promise<CsidResult> {
  const id: unknown = parameters.complianceRequestId;
  const complianceRequestId = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : id;
  if (typeof complianceRequestId !== 'string' || !/^[0-9]+$/.test(complianceRequestId)) {
    throw new InputError(
      'complianceRequestId',
      'request-id-digits',
      "The complianceRequestId must be the compliance CSID's requestId (decimal digits).",
    );
  }
  const response = await client.request({
    action: 'production-csid',
    body: { compliance_request_id: complianceRequestId },
    ...(parameters.credentials ? { credentials: parameters.credentials } : {}),
    ...(parameters.signal ? { signal: parameters.signal } : {}),
  });
  return readCsidResult(response, 'production CSID request');
}
