/**
 * The Fatoora endpoints the proxy forwards, as data (fatoora-api.md "Endpoints" #1–#6): a path
 * under `/api` and the methods it takes. Anything else under `/api` is answered by the proxy
 * itself (404 or 405) and never reaches the upstream, so the proxy cannot be used to reach other
 * paths of ZATCA's gateway.
 */
import { matchRoute, type RouteMatch } from './route-table.ts';

/** Each forwarded path (relative to the upstream's base URL) and its methods. */
export const FATOORA_ROUTES = {
  '/compliance': ['POST'],
  '/compliance/invoices': ['POST'],
  '/production/csids': ['POST', 'PATCH'],
  '/invoices/reporting/single': ['POST'],
  '/invoices/clearance/single': ['POST'],
} as const satisfies Record<string, readonly string[]>;

/** A forwarded path. */
export type FatooraRoute = keyof typeof FATOORA_ROUTES;

/**
 * Matches a path below `/api` (e.g. `/invoices/reporting/single`) and a method.
 *
 * @example
 * ```ts
 * matchFatooraRoute('/compliance', 'POST'); // { kind: 'forward', route: '/compliance' }
 * matchFatooraRoute('/compliance', 'GET'); // { kind: 'method-not-allowed', allow: ['POST'] }
 * ```
 */
export function matchFatooraRoute(path: string, method: string): RouteMatch<FatooraRoute> {
  return matchRoute(FATOORA_ROUTES, path, method);
}
