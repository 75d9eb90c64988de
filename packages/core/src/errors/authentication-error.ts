/**
 * Raised when the Fatoora API answers 401: the CSID credentials (binarySecurityToken and secret)
 * were missing, wrong, for another environment, or for the wrong step (a compliance CSID where a
 * production CSID is needed, or the reverse).
 */
import { ApiError, type ApiErrorInit } from './api-error.ts';
import type { FatooraErrorOptions } from './fatoora-error.ts';

/**
 * The platform refused the credentials (HTTP 401).
 *
 * @example
 * ```ts
 * try { await client.reportInvoice(submission); }
 * catch (e) { if (e instanceof AuthenticationError) promptForNewCsid(); }
 * ```
 */
export class AuthenticationError extends ApiError {
  /** Records a 401 answer (code `api-unauthorized`). */
  constructor(message: string, init: ApiErrorInit, options?: FatooraErrorOptions) {
    super('api-unauthorized', message, init, options);
  }
}
