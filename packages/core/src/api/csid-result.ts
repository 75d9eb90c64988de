/**
 * Reads a CSID answer (compliance CSID, production CSID, renewal) into a typed result: the
 * request id as a string (it is a JSON number on the wire, read from the text so that no digit
 * can be lost), the `binarySecurityToken` and `secret` (so the result can be passed wherever
 * credentials are expected), the disposition, and the certificate decoded from the token. A
 * malformed answer is an `ApiError` whose details never quote the answer, which holds the secret.
 * A 2xx whose disposition is `NOT_COMPLIANT` issued nothing: it is a `RejectedError` keeping the
 * platform's free-text `errors` (fatoora-api.md §5, NOT-COMPLIANT). The body is read bare or inside
 * the `{"value":{…}}` wrapper of ZATCA's OpenAPI examples.
 */
import { type Certificate, certificateFromBinarySecurityToken } from '../crypto/certificate.ts';
import { ApiError } from '../errors/api-error.ts';
import { endSentence } from '../errors/end-sentence.ts';
import { RejectedError } from '../errors/rejected-error.ts';
import type { FatooraCredentials } from './credentials.ts';
import { dispositionOfBody, NOT_COMPLIANT, unwrapCsidBody } from './csid-body.ts';
import { readErrorMessages } from './error-messages.ts';
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
 * Reads a 2xx CSID answer that issued a CSID.
 *
 * @throws {RejectedError} when the disposition is `NOT_COMPLIANT` (nothing was issued): its
 * `errors` hold the platform's free text.
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
  if (csidDisposition(response) === NOT_COMPLIANT) {
    const errors = readErrorMessages(csidBody(response), undefined);
    const text = errors.map((error) => error.message).join(' ');
    throw new RejectedError(
      `The ${what} answered ${response.status} ${NOT_COMPLIANT} (nothing was issued)${text === '' ? '.' : `: ${endSentence(text)}`}`,
      { status: response.status, errors },
      { details: { dispositionMessage: NOT_COMPLIANT, attempts: response.attempts } },
    );
  }
  return readCsidFields(response, what);
}

/**
 * The `dispositionMessage` of a CSID answer (`ISSUED`, `NOT_COMPLIANT`), or `undefined`.
 *
 * @example
 * ```ts
 * csidDisposition(response); // 'ISSUED'
 * ```
 */
export function csidDisposition(response: FatooraResponse): string | undefined {
  return dispositionOfBody(response.body);
}

/**
 * Reads the CSID an answer carries, whatever its disposition: renewal's 428 (`NOT_COMPLIANT`)
 * carries a compliance CSID for the new CSR.
 *
 * @throws {ApiError} `api-response-malformed` as {@link readCsidResult}.
 * @example
 * ```ts
 * const compliance = readCsidFields(response, 'production CSID renewal');
 * compliance.requestId; // the compliance_request_id of the production CSID request to come
 * ```
 */
export function readCsidFields(response: FatooraResponse, what: string): CsidResult {
  const { status } = response;
  const body = csidBody(response);
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
  const value = field(csidBody(response), 'requestID');
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The CSID object of an answer: the body itself, or what the `{"value":{…}}` wrapper of ZATCA's
 * OpenAPI examples holds when the body is only that wrapper.
 *
 * @example
 * ```ts
 * csidBody(response).binarySecurityToken; // the same for `{…}` and `{"value":{…}}`
 * ```
 */
export function csidBody(response: FatooraResponse): Readonly<Record<string, unknown>> {
  return unwrapCsidBody(response.body);
}
