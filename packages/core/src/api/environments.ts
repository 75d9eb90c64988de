/**
 * The Fatoora platform's environments and their base URLs, as a table: the developer portal
 * (sandbox, where any six-digit OTP works and the CSID is a fixed test certificate), simulation
 * (OTPs from the simulation portal) and production (ZATCA calls it "core"). A client takes one of
 * these names or any other base URL (a local simulator, a proxy); {@link resolveBaseUrl} checks
 * and normalizes it.
 */
import { InputError } from '../errors/input-error.ts';

/**
 * The Fatoora environments: base URL and names in English and Arabic.
 *
 * @example
 * ```ts
 * ENVIRONMENTS.simulation.baseUrl; // 'https://gw-fatoora.zatca.gov.sa/e-invoicing/simulation'
 * ```
 */
export const ENVIRONMENTS = {
  'developer-portal': {
    baseUrl: 'https://gw-fatoora.zatca.gov.sa/e-invoicing/developer-portal',
    en: 'Developer portal (sandbox)',
    ar: 'بوابة المطورين',
  },
  simulation: {
    baseUrl: 'https://gw-fatoora.zatca.gov.sa/e-invoicing/simulation',
    en: 'Simulation',
    ar: 'بيئة المحاكاة',
  },
  production: {
    baseUrl: 'https://gw-fatoora.zatca.gov.sa/e-invoicing/core',
    en: 'Production',
    ar: 'بيئة الإنتاج',
  },
} as const;

/** The name of a Fatoora environment: `developer-portal`, `simulation` or `production`. */
export type FatooraEnvironment = keyof typeof ENVIRONMENTS;

/**
 * Whether `value` names a Fatoora environment.
 *
 * @example
 * ```ts
 * isFatooraEnvironment('simulation'); // true
 * ```
 */
export function isFatooraEnvironment(value: unknown): value is FatooraEnvironment {
  return typeof value === 'string' && Object.hasOwn(ENVIRONMENTS, value);
}

/**
 * The base URL to call: `baseUrl` when given (checked: absolute http or https, no user name or
 * password in it, no query or fragment; a trailing slash is dropped), else the environment's.
 *
 * @throws {InputError} field `environment` for an unknown environment or neither option given;
 * field `baseUrl` for a URL that is not absolute http(s), carries credentials, a query or a fragment.
 * @example
 * ```ts
 * resolveBaseUrl({ environment: 'production' }); // 'https://gw-fatoora.zatca.gov.sa/e-invoicing/core'
 * resolveBaseUrl({ baseUrl: 'http://127.0.0.1:8080/e-invoicing/simulation/' }); // no trailing slash
 * ```
 */
export function resolveBaseUrl(options: {
  readonly environment?: string;
  readonly baseUrl?: string;
}): string {
  if (options.baseUrl !== undefined) return checkBaseUrl(options.baseUrl);
  if (options.environment === undefined) {
    throw new InputError(
      'environment',
      'environment-required',
      `Give an environment (${Object.keys(ENVIRONMENTS).join(', ')}) or a baseUrl.`,
    );
  }
  if (!isFatooraEnvironment(options.environment)) {
    throw new InputError(
      'environment',
      'environment-known',
      `Unknown Fatoora environment "${options.environment}"; expected one of ${Object.keys(ENVIRONMENTS).join(', ')}, or give a baseUrl.`,
    );
  }
  return ENVIRONMENTS[options.environment].baseUrl;
}

function checkBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw new InputError('baseUrl', 'url-absolute', `The baseUrl "${text}" is not an absolute URL.`, {
      cause: error,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('baseUrl', 'url-http', `The baseUrl must be http or https, not ${url.protocol}`);
  }
  // Never echo the URL back here: it may hold a password.
  if (url.username !== '' || url.password !== '') {
    throw new InputError(
      'baseUrl',
      'url-no-credentials',
      'The baseUrl must not carry a user name or password; the client sends CSID credentials itself.',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new InputError(
      'baseUrl',
      'url-no-query',
      `The baseUrl "${text}" must not have a query or fragment.`,
    );
  }
  return url.href.replace(/\/+$/, '');
}
