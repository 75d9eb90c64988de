/**
 * Sends one Fatoora API call over HTTP with ky and turns every outcome into our own types: a
 * {@link FatooraResponse} for a 2xx answer, a typed `ApiError` subclass for any other answer,
 * `TimeoutError` and `NetworkError` when no answer came. It sets the common headers (`Accept`,
 * `Content-Type`, `Accept-Version: V2`, `Accept-Language`), the OTP, `Clearance-Status` and
 * `Authorization` where the call needs them, applies the time limit to each attempt and retries
 * only the calls that are safe to repeat (`retry.ts`). Redirects are not followed: a 303 is an
 * answer in its own right (clearance switched off). ky's own errors never leave this module, since
 * they hold the request and its `Authorization` header; nor does anything here log.
 */
import ky, { isHTTPError, isTimeoutError } from 'ky';
import { ApiError } from '../errors/api-error.ts';
import { InputError } from '../errors/input-error.ts';
import { NetworkError } from '../errors/network-error.ts';
import { TimeoutError } from '../errors/timeout-error.ts';
import { FATOORA_ACTIONS, type FatooraAction } from './actions.ts';
import { basicAuthorization, type FatooraCredentials } from './credentials.ts';
import { errorFromAnswer } from './error-from-response.ts';
import { checkOtp } from './otp.ts';
import { RETRY_AFTER_STATUSES, RETRY_STATUSES, type RetryPolicy, retryAfterMs } from './retry.ts';

/** The language of the platform's messages (`Accept-Language`). */
export type FatooraLanguage = 'en' | 'ar';

/** One call to the Fatoora API, as an action builds it. */
export interface FatooraRequest {
  /** Which call: sets the method, path, headers and whether it may be retried. */
  readonly action: FatooraAction;
  /** The JSON body. */
  readonly body: Readonly<Record<string, string>>;
  /** The OTP, for the calls that need one. */
  readonly otp?: string;
  /** Credentials for this call only, in place of the client's. */
  readonly credentials?: FatooraCredentials;
  /** Aborts the call (and any retry); the abort reason is thrown as is. */
  readonly signal?: AbortSignal;
}

/**
 * What an action needs of a client: a way to send one call. Every {@link FatooraClient} is one;
 * the actions take this rather than the client so that the client, which binds them as methods,
 * and the actions do not import each other.
 *
 * @example
 * ```ts
 * const requester: FatooraRequester = createFatooraClient({ environment: 'simulation' });
 * ```
 */
export interface FatooraRequester {
  /**
   * Sends one call and returns its 2xx answer (or one with a status the call lists in
   * `answerStatuses`).
   *
   * @throws {ApiError} (or a subclass) for any other answer.
   * @throws {TimeoutError} / {NetworkError} when no answer came.
   */
  request(request: FatooraRequest): Promise<FatooraResponse>;
}

/**
 * A 2xx answer, or an answer with a status the call's contract gives a body of its own
 * (`answerStatuses` in `FATOORA_ACTIONS`: renewal's 428).
 */
export interface FatooraResponse {
  /** The HTTP status (200, 202, 208, or renewal's 428). */
  readonly status: number;
  /** The body parsed as JSON (an object: other 2xx bodies are refused as malformed). */
  readonly body: Readonly<Record<string, unknown>>;
  /** The body text, for values JSON numbers cannot hold exactly (a CSID's `requestID`). */
  readonly text: string;
  /** How many times the call was sent (1 unless it was retried). */
  readonly attempts: number;
}

/** What the transport needs from a client. */
export interface TransportConfig {
  readonly baseUrl: string;
  readonly language: FatooraLanguage;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly credentials: FatooraCredentials | undefined;
  readonly fetch: typeof globalThis.fetch | undefined;
}

/**
 * Sends `request` and returns its 2xx answer (or its answer with one of the call's
 * `answerStatuses`, such as renewal's 428).
 *
 * @throws {InputError} before sending: field `otp` for a missing or malformed OTP, field
 * `credentials` when the call needs credentials and none were given.
 * @throws {ApiError} for any other answer — `RejectedError` (400), `AuthenticationError`
 * (401), `ApiVersionError` (406), `AlreadySubmittedError` (409), `RateLimitedError` (429),
 * `ServerError` (5xx), `ClearanceDisabledError` (303 on clearance) — and `api-response-malformed`
 * for a 2xx answer that is not a JSON object.
 * @throws {TimeoutError} when the answer did not come within `timeoutMs` (on every attempt).
 * @throws {NetworkError} when no answer came at all.
 * @example
 * ```ts
 * const response = await sendRequest(config, { action: 'compliance-csid', body: { csr }, otp: '123345' });
 * response.body.dispositionMessage; // 'ISSUED'
 * ```
 */
export async function sendRequest(
  config: TransportConfig,
  request: FatooraRequest,
): Promise<FatooraResponse> {
  if (!Object.hasOwn(FATOORA_ACTIONS, request?.action)) {
    throw new InputError(
      'action',
      'action-known',
      `Unknown Fatoora API action "${String(request?.action)}".`,
    );
  }
  const spec = FATOORA_ACTIONS[request.action];
  const url = `${config.baseUrl}${spec.path}`;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'Accept-Version': 'V2',
    'Accept-Language': config.language,
  };
  if (spec.otp) headers.OTP = checkOtp(request.otp);
  if (spec.clearanceStatus !== null) headers['Clearance-Status'] = spec.clearanceStatus;
  if (spec.auth !== 'none') {
    const credentials = request.credentials ?? config.credentials;
    if (credentials === undefined) {
      throw new InputError(
        'credentials',
        'credentials-required',
        `The ${spec.en} needs the ${spec.auth === 'compliance-csid' ? 'compliance' : 'production'} CSID's credentials: give them to createFatooraClient, withCredentials or this call.`,
      );
    }
    headers.Authorization = basicAuthorization(credentials);
  }

  // Never repeat a call that is not safe to repeat, whatever the client's options (retry.ts).
  const policy = config.retry;
  const limit = spec.retryable ? policy.limit : 0;
  const facts = { action: request.action, method: spec.method, url };
  const answerStatuses: readonly number[] = spec.answerStatuses;
  let attempts = 1;
  try {
    const response = await ky(url, {
      method: spec.method,
      headers,
      body: JSON.stringify(request.body),
      timeout: config.timeoutMs,
      redirect: 'manual',
      // A status the call's contract answers with a body of its own (renewal's 428) is returned.
      throwHttpErrors: (status) => !answerStatuses.includes(status),
      ...(config.fetch ? { fetch: config.fetch } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
      retry: {
        limit,
        methods: ['post', 'patch'],
        statusCodes: [...RETRY_STATUSES],
        afterStatusCodes: [...RETRY_AFTER_STATUSES],
        maxRetryAfter: policy.maxRetryAfterMs,
        retryOnTimeout: true,
        delay: policy.delayMs,
        shouldRetry: ({ error }) => {
          if (request.signal?.aborted) return false;
          if (isHTTPError(error)) {
            const status = error.response.status;
            const wait = retryAfterMs(error.response.headers.get('Retry-After'));
            // A longer wait than we accept ends the call: the caller schedules it with retryAfterMs.
            if (RETRY_AFTER_STATUSES.includes(status) && wait !== undefined && wait > policy.maxRetryAfterMs)
              return false;
            return RETRY_STATUSES.includes(status) ? undefined : false;
          }
          // A timeout or a network failure (fetch rejects with TypeError): the same signed invoice
          // may be sent again (see retry.ts). Anything else is not ours to repeat.
          return isTimeoutError(error) || error instanceof TypeError ? undefined : false;
        },
      },
      hooks: {
        beforeRetry: [
          ({ retryCount }) => {
            attempts = retryCount + 1;
          },
        ],
      },
    });
    const text = await response.text();
    const body = parseBody(text);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      // Never quote the body: a CSID answer holds the secret.
      throw new ApiError(
        'api-response-malformed',
        `The ${spec.en} answered ${response.status} without a JSON object body.`,
        { status: response.status },
        { details: { ...facts, attempts } },
      );
    }
    return { status: response.status, body: body as Record<string, unknown>, text, attempts };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (isHTTPError(error)) {
      const { response } = error;
      throw errorFromAnswer({
        action: request.action,
        status: response.status,
        body: parseBody(await response.text().catch(() => '')),
        retryAfterMs: retryAfterMs(response.headers.get('Retry-After')),
        attempts,
        url,
      });
    }
    if (isTimeoutError(error)) {
      throw new TimeoutError(
        `The ${spec.en} got no answer within ${config.timeoutMs} ms${attempts > 1 ? ` on any of ${attempts} attempts` : ''}; the platform may still have received it.`,
        { details: { ...facts, attempts, timeoutMs: config.timeoutMs } },
      );
    }
    if (request.signal?.aborted) throw error;
    throw new NetworkError(
      `The ${spec.en} to ${url} got no answer${attempts > 1 ? ` on any of ${attempts} attempts` : ''}: ${error instanceof Error ? describeNetworkFailure(error) : String(error)}`,
      { cause: error, details: { ...facts, attempts } },
    );
  }
}

/** JSON when the text is JSON, else the text; `undefined` for an empty body. */
function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `fetch failed (ECONNREFUSED)`: the fetch error's message with its cause's code, if any. */
function describeNetworkFailure(error: Error): string {
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  return code ? `${error.message} (${code})` : error.message;
}
