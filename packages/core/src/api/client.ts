/**
 * The Fatoora API client, in viem's style: {@link createFatooraClient} binds the environment (or
 * any base URL: a local simulator, a proxy), the credentials, the language of the platform's
 * messages, the time limit, the retry policy and an optional `fetch`, and returns an object whose
 * methods are the API's actions. Each action is also a standalone function taking the client
 * first, for tree shaking. The credentials stay in a closure: they are not a property of the
 * client, so logging or serializing the client never shows the secret.
 */
import { InputError } from '../errors/input-error.ts';
import { type FatooraEnvironment, isFatooraEnvironment } from '../model/environments.ts';
import { type CheckInvoiceComplianceParameters, checkInvoiceCompliance } from './check-invoice-compliance.ts';
import { type ClearInvoiceParameters, clearInvoice } from './clear-invoice.ts';
import { checkCredentials, type FatooraCredentials } from './credentials.ts';
import type { CsidResult } from './csid-result.ts';
import { resolveBaseUrl } from './environments.ts';
import type { InvoiceResult } from './invoice-result.ts';
import {
  type CsidRenewal,
  type RenewProductionCsidParameters,
  renewProductionCsid,
} from './renew-production-csid.ts';
import { type ReportInvoiceParameters, reportInvoice } from './report-invoice.ts';
import { type RequestComplianceCsidParameters, requestComplianceCsid } from './request-compliance-csid.ts';
import { type RequestProductionCsidParameters, requestProductionCsid } from './request-production-csid.ts';
import { type RetryOptions, type RetryPolicy, resolveRetryPolicy } from './retry.ts';
import {
  type FatooraLanguage,
  type FatooraRequest,
  type FatooraResponse,
  sendRequest,
  type TransportConfig,
} from './transport.ts';

/** The default time limit of one attempt, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

interface FatooraClientCommonOptions {
  /** The CSID to authenticate with (compliance CSID while onboarding, then production CSID). */
  readonly credentials?: FatooraCredentials;
  /** The language of the platform's messages (`Accept-Language`). Default `en`. */
  readonly language?: FatooraLanguage;
  /** The time limit of each attempt, in milliseconds. Default 30 000. */
  readonly timeoutMs?: number;
  /** How calls that are safe to repeat are retried; `false` never retries. */
  readonly retry?: RetryOptions | false;
  /** The `fetch` to use (a proxy-aware one, an instrumented one). Default: the global `fetch`. */
  readonly fetch?: typeof globalThis.fetch;
}

/**
 * Options of {@link createFatooraClient}: a Fatoora `environment`, or a `baseUrl` (which wins when
 * both are given, e.g. a proxy in front of the simulation environment).
 */
export type FatooraClientOptions = FatooraClientCommonOptions &
  (
    | {
        /** The Fatoora environment to call: its base URL comes from `ENVIRONMENTS`. */
        readonly environment: FatooraEnvironment;
        /** Another base URL for that environment's calls (a proxy in front of it); it wins. */
        readonly baseUrl?: string;
      }
    | {
        /** The absolute http(s) URL the calls go to: a local simulator, a proxy. */
        readonly baseUrl: string;
        /** The environment the base URL stands for, when it is one (kept on the client). */
        readonly environment?: FatooraEnvironment;
      }
  );

/** A Fatoora API client; its methods are the API's actions. */
export interface FatooraClient {
  /** The environment it was created for, if named. */
  readonly environment: FatooraEnvironment | undefined;
  /** The base URL the calls go to, without a trailing slash. */
  readonly baseUrl: string;
  /** The language of the platform's messages (`Accept-Language`): `en` or `ar`. */
  readonly language: FatooraLanguage;
  /** The time limit of each attempt, in milliseconds. */
  readonly timeoutMs: number;
  /** How calls that are safe to repeat are retried, with every default filled in. */
  readonly retry: RetryPolicy;
  /** Whether the client holds credentials (it never shows them). */
  readonly hasCredentials: boolean;
  /**
   * Sends one call and returns its 2xx answer (or renewal's 428): the transport under every action.
   *
   * @throws {InputError} for a missing OTP or credentials (nothing is sent).
   * @throws {ApiError} (or a subclass) for any other answer.
   * @throws {TimeoutError} / {NetworkError} when no answer came.
   */
  request(request: FatooraRequest): Promise<FatooraResponse>;
  /** The same client with other credentials (e.g. the production CSID after onboarding). */
  withCredentials(credentials: FatooraCredentials): FatooraClient;
  /** {@link requestComplianceCsid} with this client. */
  requestComplianceCsid(parameters: RequestComplianceCsidParameters): Promise<CsidResult>;
  /** {@link checkInvoiceCompliance} with this client. */
  checkInvoiceCompliance(parameters: CheckInvoiceComplianceParameters): Promise<InvoiceResult>;
  /** {@link requestProductionCsid} with this client. */
  requestProductionCsid(parameters: RequestProductionCsidParameters): Promise<CsidResult>;
  /** {@link renewProductionCsid} with this client. */
  renewProductionCsid(parameters: RenewProductionCsidParameters): Promise<CsidRenewal>;
  /** {@link reportInvoice} with this client. */
  reportInvoice(parameters: ReportInvoiceParameters): Promise<InvoiceResult>;
  /** {@link clearInvoice} with this client. */
  clearInvoice(parameters: ClearInvoiceParameters): Promise<InvoiceResult>;
}

/**
 * Creates a Fatoora API client.
 *
 * @throws {InputError} field `environment` or `baseUrl` (unknown environment, neither given, a
 * base URL that is not absolute http(s) or holds credentials), `language`, `timeoutMs`,
 * `credentials`, `retry.limit`, `retry.maxRetryAfterMs` or `fetch`.
 * @example
 * ```ts
 * const onboarding = createFatooraClient({ environment: 'simulation' });
 * const compliance = await onboarding.requestComplianceCsid({ csr, otp: '123456' });
 * const checks = onboarding.withCredentials(compliance);
 * await checks.checkInvoiceCompliance({ invoice: signed.xml, invoiceHash: signed.invoiceHash });
 * const production = await checks.requestProductionCsid({ complianceRequestId: compliance.requestId });
 * const client = checks.withCredentials(production);
 * const { clearedInvoice } = await client.clearInvoice({ invoice: standard.xml });
 *
 * // A local simulator, short time limit, no retries:
 * createFatooraClient({ baseUrl: 'http://127.0.0.1:8080', timeoutMs: 5000, retry: false });
 * ```
 */
export function createFatooraClient(options: FatooraClientOptions): FatooraClient {
  const environment = options?.environment;
  if (environment !== undefined && !isFatooraEnvironment(environment)) {
    resolveBaseUrl({ environment }); // throws the unknown-environment error
  }
  const baseUrl = resolveBaseUrl(options ?? {});
  const language = options.language ?? 'en';
  if (language !== 'en' && language !== 'ar') {
    throw new InputError(
      'language',
      'language-en-ar',
      `The language must be "en" or "ar", got "${String(language)}".`,
    );
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs <= 0 || timeoutMs > 2_147_483_647) {
    throw new InputError(
      'timeoutMs',
      'positive-integer',
      `timeoutMs must be a whole number of milliseconds between 1 and 2147483647, got ${timeoutMs}.`,
    );
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new InputError('fetch', 'function', 'The fetch option must be a function.');
  }
  if (options.credentials !== undefined) checkCredentials(options.credentials);
  const retry = resolveRetryPolicy(options.retry);
  const config: TransportConfig = {
    baseUrl,
    language,
    timeoutMs,
    retry,
    credentials: options.credentials,
    fetch: options.fetch,
  };

  const client: FatooraClient = Object.freeze({
    environment,
    baseUrl,
    language,
    timeoutMs,
    retry,
    hasCredentials: options.credentials !== undefined,
    request: (request: FatooraRequest) => sendRequest(config, request),
    withCredentials: (credentials: FatooraCredentials) =>
      createFatooraClient({
        ...options,
        credentials: { binarySecurityToken: credentials?.binarySecurityToken, secret: credentials?.secret },
      }),
    requestComplianceCsid: (parameters: RequestComplianceCsidParameters) =>
      requestComplianceCsid(client, parameters),
    checkInvoiceCompliance: (parameters: CheckInvoiceComplianceParameters) =>
      checkInvoiceCompliance(client, parameters),
    requestProductionCsid: (parameters: RequestProductionCsidParameters) =>
      requestProductionCsid(client, parameters),
    renewProductionCsid: (parameters: RenewProductionCsidParameters) =>
      renewProductionCsid(client, parameters),
    reportInvoice: (parameters: ReportInvoiceParameters) => reportInvoice(client, parameters),
    clearInvoice: (parameters: ClearInvoiceParameters) => clearInvoice(client, parameters),
  });
  return client;
}
