/**
 * `GET`, `PUT`, `PATCH` and `DELETE /simulator/faults`: the live fault settings. `PUT` replaces
 * them (what it leaves out goes back to no fault), `PATCH` changes only the settings it names,
 * `DELETE` turns every fault off. An invalid change is refused whole with 400 `Invalid-Faults`,
 * listing every problem.
 */
import { checkFaultPatch, type FaultSettings } from '../faults/faults.ts';
import { type ApiAnswer, problem } from '../http/answer.ts';
import type { AdminHandler } from './admin-handler.ts';

/**
 * Shows the fault settings.
 *
 * @example
 * ```ts
 * // GET /simulator/faults → 200 {latencyMs: 0, failNext: 0, failStatus: 503, …}
 * ```
 */
export const getFaults: AdminHandler = {
  readsBody: false,
  run: async (_request, context) => ({ status: 200, body: context.faults.settings }),
};

/**
 * Replaces the fault settings.
 *
 * @example
 * ```ts
 * // PUT /simulator/faults {"failNext": 2} → 200 {failNext: 2, everything else off}
 * ```
 */
export const replaceFaults: AdminHandler = {
  readsBody: true,
  run: async (request, context) =>
    changeFaults(request.body, (patch) => {
      context.faults.reset();
      return context.faults.set(patch);
    }),
};

/**
 * Changes some fault settings.
 *
 * @example
 * ```ts
 * // PATCH /simulator/faults {"failNext": 1, "endpoints": ["reporting"]} → 200 {…, failNext: 1, endpoints: ['reporting']}
 * ```
 */
export const patchFaults: AdminHandler = {
  readsBody: true,
  run: async (request, context) => changeFaults(request.body, (patch) => context.faults.set(patch)),
};

/**
 * Turns every fault off.
 *
 * @example
 * ```ts
 * // DELETE /simulator/faults → 200 {latencyMs: 0, failNext: 0, …}
 * ```
 */
export const resetFaults: AdminHandler = {
  readsBody: false,
  run: async (_request, context) => ({ status: 200, body: context.faults.reset() }),
};

function changeFaults(body: unknown, apply: (patch: Partial<FaultSettings>) => FaultSettings): ApiAnswer {
  const problems = checkFaultPatch(body);
  if (problems.length > 0) return problem(400, 'Invalid-Faults', problems.join(' '));
  return { status: 200, body: apply(body as Partial<FaultSettings>) };
}
