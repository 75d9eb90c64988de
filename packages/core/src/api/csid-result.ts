/**
 * Reads a CSID answer (compliance CSID, production CSID, renewal) into a typed result: the
 * request id as a string (it is a JSON number on the wire, read from the text so that no digit
 * can be lost), the `binarySecurityToken` and `secret` (so the result can be passed wherever
 * credentials are expected), the disposition, and the certificate decoded from the token. A
 * malformed answer is an `ApiError` whose details never quote the answer, which holds the secret.
 */
import { type Certificate, certificateFromBinarySecurityToken } from '../crypto/certificate.ts';
import { ApiError } from '../errors/api-error.ts';
import type { FatooraCredentials } from './credentials.ts';
import type { FatooraResponse } from './transport.ts';
import { field, stringField } from './validation-results.ts';

/** A CSID the platform issued. */
export interface CsidResult extends FatooraCredentials {
  /**
   * The `requestID`, as decimal text: the compliance CSID's is the `complianceRequestId` of the
   * production CSID request.
   */
  readonly requestId: string;
  /** `ISSUED`, or what else the platform said. */
  readonly dispositionMessage: string;
  /** The token type URI (WS-Security X.509 v3), when given. */
  readonly tokenType: string | undefined;
  /** The certificate inside `binarySecurityToken`: the CSID to sign with. */
  readonly certificate: Certificate;
}

const REQUEST_ID = /"requestID"\s*:\s*"?(\d+)"?/;

/**
 * Reads a 2xx CSID answer.
 *
 * @throws {ApiError} `api-response-malformed` when the token, the secret or the request id is
 * missing, or the token holds no readable certificate (the `CertificateError` is the cause).
 * @example
 * ```ts
 * const response = await client.request({ action: 'compliance-csid', body: { csr }, otp });
 * const csid = readCsidResult(response, 'compliance CSID request');
 * csid.certificate.subject; // 'CN=…'
 * ```
 */
export function readCsidResult(response: FatooraResponse, what: string): CsidResult {
  const { body, status } = response;
  const binarySecurityToken = stringField(body, 'binarySecurityToken');
  const secret = stringField(body, 'secret');
  const requestId = requestIdOf(response);
  const malformed = (message: string, cause?: unknown) =>
    new ApiError(
      'api-response-malformed',
      `The ${what} answered ${status} ${message}`,
      { status },
      { ...(cause === undefined ? {} : { cause }), details: { attempts: response.attempts } },
    );
  if (
    binarySecurityToken === undefined ||
    binarySecurityToken === '' ||
    secret === undefined ||
    secret === ''
  ) {
    throw malformed('without a binarySecurityToken and secret.');
  }
  if (requestId === undefined) throw malformed('without a requestID.');
  let certificate: Certificate;
  try {
    certificate = certificateFromBinarySecurityToken(binarySecurityToken);
  } catch (error) {
    throw malformed('with a binarySecurityToken that holds no readable certificate.', error);
  }
  return {
    requestId,
    binarySecurityToken,
    secret,
    dispositionMessage: stringField(body, 'dispositionMessage') ?? '',
    tokenType: stringField(body, 'tokenType'),
    certificate,
  };
}

function requestIdOf(response: FatooraResponse): string | undefined {
  const exact = REQUEST_ID.exec(response.text)?.[1];
  if (exact !== undefined) return exact;
  const value = field(response.body, 'requestID');
  return typeof value === 'string' && value !== '' ? value : undefined;
}
