/**
 * Raised when the Fatoora API answers 406: it does not accept the `Accept-Version` the client sent.
 * The client always sends `V2`, so this means ZATCA has retired that version (or a proxy removed
 * the header); it is never worth retrying.
 */
import { ApiError, type ApiErrorInit } from './api-error.ts';
import type { FatooraErrorOptions } from './fatoora-error.ts';

/**
 * The platform refused the API version (HTTP 406).
 *
 * @example
 * ```ts
 * try { await client.reportInvoice(submission); }
 * catch (e) { if (e instanceof ApiVersionError) console.error('Upgrade @fatoora/core'); }
 * ```
 */
export class ApiVersionError extends ApiError {
  /** Records a 406 answer (code `api-version-not-acceptable`). */
  constructor(message: string, init: ApiErrorInit, options?: FatooraErrorOptions) {
    super('api-version-not-acceptable', message, init, options);
  }
}
