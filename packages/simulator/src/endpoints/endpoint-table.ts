/**
 * The six Fatoora endpoints at ZATCA's paths (after the environment prefix), each with its
 * handler: the simulator's routing table for the platform API. Methods and paths come from core's
 * `FATOORA_ACTIONS`, the one description of the wire contract; each route carries its action name,
 * by which faults are aimed and failures answered.
 */
import { FATOORA_ACTIONS, type FatooraAction } from '@fatoora/core/api';
import type { EndpointHandler } from '../http/api-request.ts';
import type { Route } from '../http/match-route.ts';
import { clearInvoice } from './clearance.ts';
import { requestComplianceCsid } from './compliance-csid.ts';
import { checkComplianceInvoice } from './compliance-invoice.ts';
import { requestProductionCsid } from './production-csid.ts';
import { renewProductionCsid } from './renew-production-csid.ts';
import { reportInvoice } from './reporting.ts';

/** An endpoint: its action name and its handler. */
export interface Endpoint {
  readonly action: FatooraAction;
  readonly handle: EndpointHandler;
}

const HANDLERS: Readonly<Record<FatooraAction, EndpointHandler>> = {
  'compliance-csid': requestComplianceCsid,
  'compliance-check': checkComplianceInvoice,
  'production-csid': requestProductionCsid,
  'production-csid-renewal': renewProductionCsid,
  reporting: reportInvoice,
  clearance: clearInvoice,
};

/**
 * The platform's endpoints.
 *
 * @example
 * ```ts
 * matchRoute(FATOORA_ENDPOINTS, 'PATCH', '/production/csids'); // the renewal
 * ```
 */
export const FATOORA_ENDPOINTS: readonly Route<Endpoint>[] = (Object.keys(HANDLERS) as FatooraAction[]).map(
  (action) => ({
    method: FATOORA_ACTIONS[action].method,
    path: FATOORA_ACTIONS[action].path,
    handler: { action, handle: HANDLERS[action] },
  }),
);
