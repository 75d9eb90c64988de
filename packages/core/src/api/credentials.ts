/**
 * CSID credentials and the `Authorization` header they make. A CSID answer's
 * `binarySecurityToken` and `secret` are the user name and password of HTTP Basic authentication
 * (RFC 7617) for every later call: the compliance CSID for compliance checks and the production
 * CSID request, the production CSID for reporting, clearance and renewal. The header is built here
 * only, at the moment a request is sent, and never put into an error or a log.
 */
import { encodeBase64 } from '../encoding/base64.ts';
import { utf8Encode } from '../encoding/utf8.ts';
import { InputError } from '../errors/input-error.ts';

/**
 * A CSID as the API uses it to authenticate. Every CSID result has these two fields, so a result
 * can be passed wherever credentials are expected.
 */
export interface FatooraCredentials {
  /** The CSID's `binarySecurityToken`: base64 of the certificate's base64 DER. */
  readonly binarySecurityToken: string;
  /** The CSID's `secret`. Keep it as secret as a private key. */
  readonly secret: string;
}

/**
 * The value of the `Authorization` header for a CSID: `Basic base64(token + ":" + secret)`.
 *
 * @throws {InputError} field `credentials` when the token or the secret is empty or not a string,
 * or the token holds a colon (it would split differently on the server). The message never
 * repeats the secret.
 * @example
 * ```ts
 * basicAuthorization({ binarySecurityToken: 'VFVJ', secret: 's3cr3t' }); // 'Basic VkZWSjpzM2NyM3Q='
 * ```
 */
export function basicAuthorization(credentials: FatooraCredentials): string {
  checkCredentials(credentials);
  return `Basic ${encodeBase64(utf8Encode(`${credentials.binarySecurityToken}:${credentials.secret}`))}`;
}

/**
 * Checks that `credentials` hold a usable token and secret.
 *
 * @throws {InputError} as {@link basicAuthorization}.
 * @example
 * ```ts
 * checkCredentials(csidResult); // passes silently
 * ```
 */
export function checkCredentials(credentials: FatooraCredentials): void {
  const token: unknown = credentials?.binarySecurityToken;
  const secret: unknown = credentials?.secret;
  if (typeof token !== 'string' || token.trim() === '' || typeof secret !== 'string' || secret === '') {
    throw new InputError(
      'credentials',
      'credentials-complete',
      'CSID credentials need a non-empty binarySecurityToken and secret.',
    );
  }
  if (token.includes(':')) {
    throw new InputError(
      'credentials',
      'token-no-colon',
      'The binarySecurityToken holds a colon; it must be the base64 text the CSID answer gave.',
    );
  }
}
