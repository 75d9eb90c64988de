/**
 * Renews the production CSID before it expires: `PATCH /production/csids` sends a new CSR with a
 * portal OTP, authenticated with the current production CSID, and returns the new one. Never
 * retried: the OTP is single-use and a lost answer may already have issued the new CSID.
 */
import type { FatooraCredentials } from './credentials.ts';
import { type CsidResult, readCsidResult } from './csid-result.ts';
import { type CsrInput, csrField } from './csr-field.ts';
import type { FatooraRequester } from './transport.ts';

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

/**
 * Renews the production CSID.
 *
 * @throws {InputError} field `csr`, `otp` or `credentials` (nothing is sent).
 * @throws {RejectedError} (400) for a refused CSR or OTP (a CSR that does not fit the unit).
 * @throws {AuthenticationError} (401) when the current production CSID was refused.
 * @throws {ApiError} for any other answer (`ApiVersionError`, `RateLimitedError`, `ServerError`,
 * `api-response-malformed`).
 * @throws {TimeoutError} when the answer did not come in time.
 * @throws {NetworkError} when no answer came.
 * @example
 * ```ts
 * const renewed = await renewProductionCsid(productionClient, { csr: newCsr, otp: '123456' });
 * const next = productionClient.withCredentials(renewed);
 * ```
 */
export async function renewProductionCsid(
  client: FatooraRequester,
  parameters: RenewProductionCsidParameters,
): Promise<CsidResult> {
  const response = await client.request({
    action: 'production-csid-renewal',
    body: { csr: csrField(parameters.csr) },
    otp: parameters.otp,
    ...(parameters.credentials ? { credentials: parameters.credentials } : {}),
    ...(parameters.signal ? { signal: parameters.signal } : {}),
  });
  return readCsidResult(response, 'production CSID renewal');
}
