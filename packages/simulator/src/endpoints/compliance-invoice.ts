/**
 * #2 `POST /compliance/invoices` — the compliance check, with the compliance CSID. Runs every
 * check the platform runs on a document (no chain link, no duplicate filing) and, when the
 * document passes — 200 with PASS or WARNING, never 202 — marks its kind's compliance step done
 * for the production CSID.
 */
import type { EndpointHandler } from '../http/api-request.ts';
import { handleInvoice } from './invoice-flow.ts';

/**
 * Checks a sample document.
 *
 * @example
 * ```ts
 * // POST /compliance/invoices  Authorization: Basic …  {"invoiceHash", "uuid", "invoice"}
 * // → 200 | 400 {validationResults, reportingStatus, clearanceStatus, qrSellertStatus: null, qrBuyertStatus: null}
 * ```
 */
export const checkComplianceInvoice: EndpointHandler = (request, context) =>
  handleInvoice(request, context, 'compliance');
