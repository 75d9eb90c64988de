/**
 * #5 `POST /invoices/reporting/single` — reporting a simplified document, with the production
 * CSID. The `Clearance-Status: 0` header some clients send is ignored, as the platform does. When
 * clearance is switched off, standard documents are reported here too.
 */
import type { EndpointHandler } from '../http/api-request.ts';
import { handleInvoice } from './invoice-flow.ts';

/**
 * Reports a document.
 *
 * @example
 * ```ts
 * // POST /invoices/reporting/single  Authorization: Basic …  {"invoiceHash", "uuid", "invoice"}
 * // → 200 | 202 {reportingStatus: 'REPORTED'} | 400 {reportingStatus: 'NOT_REPORTED'} | 409 on a resubmission
 * ```
 */
export const reportInvoice: EndpointHandler = (request, context) =>
  handleInvoice(request, context, 'reporting');
