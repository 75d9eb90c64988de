/**
 * The six Fatoora endpoints at ZATCA's paths (after the environment prefix), each with its
 * handler: the simulator's routing table for the platform API.
 */
import type { EndpointHandler } from '../http/api-request.ts';
import type { Route } from '../http/match-route.ts';
import { clearInvoice } from './clearance.ts';
import { requestComplianceCsid } from './compliance-csid.ts';
import { checkComplianceInvoice } from './compliance-invoice.ts';
import { requestProductionCsid } from './production-csid.ts';
import { renewProductionCsid } from './renew-production-csid.ts';
import { reportInvoice } from './reporting.ts';

/**
 * The platform's endpoints.
 *
 * @example
 * ```ts
 * matchRoute(FATOORA_ENDPOINTS, 'PATCH', '/production/csids'); // the renewal
 * ```
 */
export const FATOORA_ENDPOINTS: readonly Route<EndpointHandler>[] = [
  { method: 'POST', path: '/compliance', handler: requestComplianceCsid },
  { method: 'POST', path: '/compliance/invoices', handler: checkComplianceInvoice },
  { method: 'POST', path: '/production/csids', handler: requestProductionCsid },
  { method: 'PATCH', path: '/production/csids', handler: renewProductionCsid },
  { method: 'POST', path: '/invoices/reporting/single', handler: reportInvoice },
  { method: 'POST', path: '/invoices/clearance/single', handler: clearInvoice },
];
