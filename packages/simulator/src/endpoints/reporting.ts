/**
 * #5 `POST /invoices/reporting/single` — reporting a simplified document, with the production
 * CSID. The `Clearance-Status: 0` header is taken as sent unless the `clearance-status-header`
 * behaviour enforces it. A standard document is sent to clearance (303) while clearance is on,
 * and reported here when it is off.
 */
import type { EndpointHandler } from '../http/api-request.ts';
import { handleInvoice } from './invoice-flow.ts';

/**
 * Reports a document.
 *
 * @example
 * ```ts
 * // POST /invoices/reporting/single  Authorization: Basic …  {"invoiceHash", "uuid", "invoice"}
 * // → 200 | 202 {validationResults, reportingStatus: 'REPORTED'} | 400 {…, reportingStatus: 'NOT_REPORTED'} | 409 on a resubmission
 * ```
 */
export const reportInvoice: EndpointHandler = (request, context) =>
  handleInvoice(request, context, 'reporting');
