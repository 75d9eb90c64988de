/**
 * The simulator's admin API as the browser reaches it through the proxy, `/api/simulator/…`
 * mapped to the simulator's own `/simulator/…` (health, minting an OTP, faults, the unsettled
 * platform behaviours and their table, certificates).
 * These routes exist only when the target is the embedded simulator; against one of ZATCA's
 * environments they are 404 and nothing is forwarded.
 */
import { matchRoute, type RouteMatch } from './route-table.ts';

/** Each admin path (below `/api/simulator`) and its methods. */
export const SIMULATOR_ADMIN_ROUTES = {
  '/health': ['GET'],
  '/otp': ['POST'],
  '/faults': ['GET', 'PUT', 'PATCH', 'DELETE'],
  '/behaviours': ['GET', 'PUT', 'PATCH', 'DELETE'],
  '/behaviours/table': ['GET'],
  '/certificates': ['GET'],
} as const satisfies Record<string, readonly string[]>;

/** An admin path. */
export type AdminRoute = keyof typeof SIMULATOR_ADMIN_ROUTES;

/**
 * Matches a path below `/api/simulator` and a method.
 *
 * @example
 * ```ts
 * matchAdminRoute('/otp', 'POST'); // { kind: 'forward', route: '/otp' }
 * matchAdminRoute('/state', 'GET'); // { kind: 'unknown' }
 * ```
 */
export function matchAdminRoute(path: string, method: string): RouteMatch<AdminRoute> {
  return matchRoute(SIMULATOR_ADMIN_ROUTES, path, method);
}
