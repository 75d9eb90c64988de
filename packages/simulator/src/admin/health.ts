/**
 * `GET /simulator/health`: whether the simulator is up, which environment the root path serves,
 * the path prefix of each environment, and whether its state outlives the process.
 */
import { ENVIRONMENTS } from '@fatoora/core/model';
import type { AdminHandler } from './admin-handler.ts';

/**
 * Reports the simulator's health.
 *
 * @example
 * ```ts
 * // GET /simulator/health
 * // → 200 {status: 'ok', defaultEnvironment: 'simulation', environments: {simulation: '/e-invoicing/simulation', …}, persistent: false}
 * ```
 */
export const health: AdminHandler = {
  readsBody: false,
  run: async (_request, context) => ({
    status: 200,
    body: {
      status: 'ok',
      defaultEnvironment: context.defaultEnvironment,
      environments: Object.fromEntries(
        Object.entries(ENVIRONMENTS).map(([name, { basePath }]) => [name, basePath]),
      ),
      persistent: context.store.location !== undefined,
    },
  }),
};
