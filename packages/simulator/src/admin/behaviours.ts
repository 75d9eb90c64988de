/**
 * `GET`, `PUT`, `PATCH` and `DELETE /simulator/behaviours`: the live settings of the platform
 * behaviours ZATCA leaves unsettled (fatoora-api.md §11), and `GET /simulator/behaviours/table`:
 * the table itself — each behaviour's question, values with what they do, default and sources —
 * for a UI to offer them. `PUT` replaces the settings (what it leaves out goes back to its
 * default), `PATCH` changes only those it names, `DELETE` restores every default. An invalid
 * change is refused whole with 400 `Invalid-Behaviours`, listing every problem.
 */
import { BEHAVIOURS, type BehaviourSettings } from '../behaviours/behaviour-table.ts';
import { checkBehaviourPatch } from '../behaviours/behaviours.ts';
import { type ApiAnswer, problem } from '../http/answer.ts';
import type { AdminHandler } from './admin-handler.ts';

/**
 * Shows the behaviour settings.
 *
 * @example
 * ```ts
 * // GET /simulator/behaviours → 200 {'pih-chain': 'format', 'duplicate-clearance': '208', …}
 * ```
 */
export const getBehaviours: AdminHandler = {
  readsBody: false,
  run: async (_request, context) => ({ status: 200, body: context.behaviours.settings }),
};

/**
 * Shows the behaviour table.
 *
 * @example
 * ```ts
 * // GET /simulator/behaviours/table → 200 {renewal: {question, values: {issued: '…', '428': '…'}, default: 'issued', source}, …}
 * ```
 */
export const getBehaviourTable: AdminHandler = {
  readsBody: false,
  run: async () => ({ status: 200, body: BEHAVIOURS }),
};

/**
 * Replaces the behaviour settings.
 *
 * @example
 * ```ts
 * // PUT /simulator/behaviours {"renewal": "428"} → 200 {renewal: '428', every other at its default}
 * ```
 */
export const replaceBehaviours: AdminHandler = {
  readsBody: true,
  run: async (request, context) =>
    changeBehaviours(request.body, (patch) => {
      context.behaviours.reset();
      return context.behaviours.set(patch);
    }),
};

/**
 * Changes some behaviours.
 *
 * @example
 * ```ts
 * // PATCH /simulator/behaviours {"clearance": "off"} → 200 {…, clearance: 'off'}
 * ```
 */
export const patchBehaviours: AdminHandler = {
  readsBody: true,
  run: async (request, context) => changeBehaviours(request.body, (patch) => context.behaviours.set(patch)),
};

/**
 * Restores every default.
 *
 * @example
 * ```ts
 * // DELETE /simulator/behaviours → 200 {'pih-chain': 'format', …}
 * ```
 */
export const resetBehaviours: AdminHandler = {
  readsBody: false,
  run: async (_request, context) => ({ status: 200, body: context.behaviours.reset() }),
};

function changeBehaviours(
  body: unknown,
  apply: (patch: Partial<BehaviourSettings>) => BehaviourSettings,
): ApiAnswer {
  const problems = checkBehaviourPatch(body);
  if (problems.length > 0) return problem(400, 'Invalid-Behaviours', problems.join(' '));
  return { status: 200, body: apply(body as Partial<BehaviourSettings>) };
}
