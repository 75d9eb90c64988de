/**
 * Where a client sends its calls: one of the Fatoora environments, whose base URL comes from the
 * model's `ENVIRONMENTS` table (the one home of the environments), or any other base URL (a local
 * simulator, a proxy), which {@link resolveBaseUrl} checks and normalizes.
 */
import { InputError } from '../errors/input-error.ts';
import { ENVIRONMENTS, isFatooraEnvironment } from '../model/environments.ts';

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
