/**
 * #6 `POST /invoices/clearance/single` — clearing a standard document, with the production CSID.
 * When clearance is switched off (a fault setting) the platform answers 303 without a `Location`
 * (so that `fetch` hands the 303 to the caller instead of following it) and a message pointing to
 * the reporting endpoint; the call is not processed. The `Clearance-Status: 1` header is not
 * checked.
 */
import { problem } from '../http/answer.ts';
import type { EndpointHandler } from '../http/api-request.ts';
import { handleInvoice } from './invoice-flow.ts';

/**
 * Clears a document and answers with the stamped XML.
 *
 * @example
 * ```ts
 * // POST /invoices/clearance/single  Authorization: Basic …  Clearance-Status: 1  {"invoiceHash", "uuid", "invoice"}
 * // → 200 | 202 {clearanceStatus: 'CLEARED', clearedInvoice} | 400 | 303 (clearance off) | 409
 * ```
 */
export const clearInvoice: EndpointHandler = async (request, context) => {
  if (context.faults.settings.clearanceDisabled) {
    return problem(
      303,
      'Clearance-Deactivated',
      'Clearance is deactivated. Please use the /invoices/reporting/single endpoint instead.',
    );
  }
  return handleInvoice(request, context, 'clearance');
};
