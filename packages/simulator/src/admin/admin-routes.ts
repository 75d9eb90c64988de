/**
 * The simulator's own admin API under `/simulator/…`, beside the platform's endpoints: health,
 * OTP minting (the Fatoora portal's part), fault settings, the unsettled behaviours and the CA's
 * certificate. It needs no `Accept-Version` and no credentials, and faults never apply to it.
 */
import type { Route } from '../http/match-route.ts';
import type { AdminHandler } from './admin-handler.ts';
import {
  getBehaviours,
  getBehaviourTable,
  patchBehaviours,
  replaceBehaviours,
  resetBehaviours,
} from './behaviours.ts';
import { certificates } from './certificates.ts';
import { getFaults, patchFaults, replaceFaults, resetFaults } from './faults.ts';
import { health } from './health.ts';
import { createOtp } from './otp.ts';

/**
 * The path every admin route starts with.
 *
 * @example
 * ```ts
 * `${simulator.url}${ADMIN_PREFIX}/health`;
 * ```
 */
export const ADMIN_PREFIX = '/simulator';

/**
 * The admin routes.
 *
 * @example
 * ```ts
 * matchRoute(ADMIN_ROUTES, 'POST', '/simulator/otp'); // the OTP minter
 * ```
 */
export const ADMIN_ROUTES: readonly Route<AdminHandler>[] = [
  { method: 'GET', path: `${ADMIN_PREFIX}/health`, handler: health },
  { method: 'POST', path: `${ADMIN_PREFIX}/otp`, handler: createOtp },
  { method: 'GET', path: `${ADMIN_PREFIX}/faults`, handler: getFaults },
  { method: 'PUT', path: `${ADMIN_PREFIX}/faults`, handler: replaceFaults },
  { method: 'PATCH', path: `${ADMIN_PREFIX}/faults`, handler: patchFaults },
  { method: 'DELETE', path: `${ADMIN_PREFIX}/faults`, handler: resetFaults },
  { method: 'GET', path: `${ADMIN_PREFIX}/behaviours`, handler: getBehaviours },
  { method: 'PUT', path: `${ADMIN_PREFIX}/behaviours`, handler: replaceBehaviours },
  { method: 'PATCH', path: `${ADMIN_PREFIX}/behaviours`, handler: patchBehaviours },
  { method: 'DELETE', path: `${ADMIN_PREFIX}/behaviours`, handler: resetBehaviours },
  { method: 'GET', path: `${ADMIN_PREFIX}/behaviours/table`, handler: getBehaviourTable },
  { method: 'GET', path: `${ADMIN_PREFIX}/certificates`, handler: certificates },
];
