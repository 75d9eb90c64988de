/**
 * Onboarding step 1: `POST /compliance` exchanges the EGS unit's CSR and a portal OTP for a
 * compliance CSID, the credentials of the compliance checks and of the production CSID request.
 * It sends no credentials and is never retried: the OTP is single-use (see `retry.ts`).
 */
import { type CsidResult, readCsidResult } from './csid-result.ts';
import { type CsrInput, csrField } from './csr-field.ts';
import type { FatooraRequester } from './transport.ts';

/** Parameters of {@link requestComplianceCsid}. */
export interface RequestComplianceCsidParameters {
  /** The CSR: PEM text, base64 of PEM text, or a `Csr` from `createCsr`. */
  readonly csr: CsrInput;
  /** The six-digit OTP from the Fatoora portal (any six digits on the developer portal). */
  readonly otp: string;
  /** Aborts the call. */
  readonly signal?: AbortSignal;
}

/**
 * Requests a compliance CSID.
 *
 * @throws {InputError} field `csr` or `otp` for a malformed CSR or OTP (nothing is sent).
 * @throws {RejectedError} (400, or 200 `NOT_COMPLIANT`) for a CSR or OTP the platform refused:
 * `errors` holds its code or text, e.g. `Invalid-OTP`.
 * @throws {ApiError} for any other answer (`AuthenticationError`, `ApiVersionError`,
 * `RateLimitedError`, `ServerError`, `api-response-malformed`).
 * @throws {TimeoutError} when the answer did not come in time.
 * @throws {NetworkError} when no answer came.
 * @example
 * ```ts
 * const csr = createCsr(config, privateKey, { environment: 'simulation' });
 * const compliance = await requestComplianceCsid(client, { csr, otp: '123345' });
 * compliance.requestId; // '1234567890123': the complianceRequestId of requestProductionCsid
 * ```
 */
export async function requestComplianceCsid(
  client: FatooraRequester,
  parameters: RequestComplianceCsidParameters,
): Promise<CsidResult> {
  const response = await client.request({
    action: 'compliance-csid',
    body: { csr: csrField(parameters.csr) },
    otp: parameters.otp,
    ...(parameters.signal ? { signal: parameters.signal } : {}),
  });
  return readCsidResult(response, 'compliance CSID request');
}
