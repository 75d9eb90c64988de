/**
 * #6 `POST /invoices/clearance/single` — clearing a standard document, with the production CSID.
 * When clearance is switched off (the `clearance` behaviour at `off`) the platform answers 303
 * INFO-303 with ZATCA's text, typo included, and no `Location` (so that `fetch` hands the 303 to
 * the caller instead of following it); the call is not processed.
 */
import type { EndpointHandler } from '../http/api-request.ts';
import { seeOther } from '../http/platform-answers.ts';
import { handleInvoice } from './invoice-flow.ts';

/**
 * Clears a document and answers with the cleared XML.
 *
 * @example
 * ```ts
 * // POST /invoices/clearance/single  Authorization: Basic …  Clearance-Status: 1  {"invoiceHash", "uuid", "invoice"}
 * // → 200 | 202 {clearanceStatus: 'CLEARED', clearedInvoice} | 400 | 303 (clearance off) | 208 again
 * ```
 */
export const clearInvoice: EndpointHandler = async (request, context) => {
  if (context.behaviours.settings.clearance === 'off') {
    // ZATCA's text, verbatim, typo included (OAS; LIVE wes4m/zatca-xml-js#25).
    return seeOther('Clearance is deactiviated. Please use the /invoices/reporting/single endpoint instead.');
  }
  return handleInvoice(request, context, 'clearance');
};
