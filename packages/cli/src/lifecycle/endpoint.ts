/**
 * Where the lifecycle commands send their calls, and which environment a unit's CSR is for. In
 * order: `--base-url` and `--env` on the command line (`--base-url` wins for the address, `--env`
 * names the environment — its CSR template, and ZATCA's address when no `--base-url` is given);
 * else the `FATOORA_BASE_URL` environment variable; else what the unit was onboarded against
 * (remembered in the state directory); else the local simulator, `http://127.0.0.1:8080`, serving
 * the simulation environment — what `fatoora simulator` starts by default.
 */
import { ENVIRONMENTS, type FatooraEnvironment, isFatooraEnvironment } from '@fatoora/core/model';
import { UsageError } from '../usage-error.ts';

/**
 * The base URL of the local simulator that `fatoora simulator` starts by default.
 *
 * @example
 * ```ts
 * createFatooraClient({ baseUrl: DEFAULT_BASE_URL, environment: 'simulation' });
 * ```
 */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080';

/** An address to call and the environment it serves. */
export interface Endpoint {
  readonly environment: FatooraEnvironment;
  /** Without a trailing slash. */
  readonly baseUrl: string;
}

/** Where an {@link Endpoint} came from. */
export type EndpointSource = 'flags' | 'FATOORA_BASE_URL' | 'state' | 'default';

/** What {@link resolveEndpoint} reads. */
export interface EndpointInputs {
  /** `--env`. */
  readonly env?: string | undefined;
  /** `--base-url`. */
  readonly baseUrl?: string | undefined;
  /** The process's environment variables. */
  readonly variables?: Readonly<Record<string, string | undefined>> | undefined;
  /** The endpoint the unit was onboarded against, if any. */
  readonly remembered?: Endpoint | undefined;
}

/**
 * Resolves the endpoint (see the module comment for the order).
 *
 * @throws {UsageError} for an `--env` that is not an environment, or a `--base-url` that is not
 * an http(s) URL.
 * @example
 * ```ts
 * resolveEndpoint({}); // { endpoint: { environment: 'simulation', baseUrl: 'http://127.0.0.1:8080' }, source: 'default' }
 * resolveEndpoint({ env: 'production' }).endpoint.baseUrl; // 'https://gw-fatoora.zatca.gov.sa/e-invoicing/core'
 * ```
 */
export function resolveEndpoint(inputs: EndpointInputs): { endpoint: Endpoint; source: EndpointSource } {
  const { env, baseUrl, remembered } = inputs;
  if (env !== undefined && !isFatooraEnvironment(env)) {
    throw new UsageError(`--env must be one of ${Object.keys(ENVIRONMENTS).join(', ')}, not ${env}`);
  }
  if (baseUrl !== undefined && !isHttpUrl(baseUrl)) {
    throw new UsageError(`--base-url must be an http or https URL, not ${JSON.stringify(baseUrl)}`);
  }
  if (env !== undefined || baseUrl !== undefined) {
    const environment = env ?? remembered?.environment ?? 'simulation';
    return {
      endpoint: { environment, baseUrl: trimSlash(baseUrl ?? ENVIRONMENTS[environment].baseUrl) },
      source: 'flags',
    };
  }
  const variable = inputs.variables?.FATOORA_BASE_URL;
  if (variable !== undefined && variable.trim() !== '') {
    return {
      endpoint: { environment: remembered?.environment ?? 'simulation', baseUrl: trimSlash(variable.trim()) },
      source: 'FATOORA_BASE_URL',
    };
  }
  if (remembered !== undefined) return { endpoint: remembered, source: 'state' };
  return { endpoint: { environment: 'simulation', baseUrl: DEFAULT_BASE_URL }, source: 'default' };
}

/**
 * The endpoint for people: `simulation at http://127.0.0.1:8080`.
 *
 * @example
 * ```ts
 * describeEndpoint({ environment: 'production', baseUrl: ENVIRONMENTS.production.baseUrl }); // 'production at https://…/core'
 * ```
 */
export function describeEndpoint(endpoint: Endpoint): string {
  return `${endpoint.environment} at ${endpoint.baseUrl}`;
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
