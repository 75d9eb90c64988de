/**
 * The simulator's platform behaviours — what ZATCA's documents leave unsettled (fatoora-api.md
 * §11), each a switch of the embedded simulator — as the app reaches them through the proxy:
 * the table of behaviours, the live settings, a change of some, and every default restored.
 * Each answer comes back checked (`behaviour-rows.ts`).
 */
import {
  type BehaviourRow,
  type BehaviourSettings,
  readBehaviourSettings,
  readBehaviourTable,
} from '../behaviours/behaviour-rows.ts';
import { callSimulatorAdmin } from './simulator-admin-call.ts';

/**
 * The behaviour table: each behaviour's question, values, default and sources.
 *
 * @throws {Error} when the simulator refuses (or is not the target), or answers something else.
 * @example
 * ```ts
 * const rows = await fetchBehaviourTable(location.origin);
 * ```
 */
export async function fetchBehaviourTable(origin: string): Promise<BehaviourRow[]> {
  return readBehaviourTable(await callSimulatorAdmin(origin, 'GET', '/behaviours/table'));
}

/**
 * The live settings.
 *
 * @throws {Error} when the simulator refuses (or is not the target), or answers something else.
 * @example
 * ```ts
 * (await fetchBehaviourSettings(location.origin))['duplicate-clearance']; // '208'
 * ```
 */
export async function fetchBehaviourSettings(origin: string): Promise<BehaviourSettings> {
  return readBehaviourSettings(await callSimulatorAdmin(origin, 'GET', '/behaviours'));
}

/**
 * Changes the behaviours `patch` names; the others stay as they are. Answers the new settings.
 *
 * @throws {Error} with the simulator's `Invalid-Behaviours` message for an unknown behaviour or value.
 * @example
 * ```ts
 * await changeBehaviours(location.origin, { 'duplicate-clearance': '409' });
 * ```
 */
export async function changeBehaviours(
  origin: string,
  patch: Readonly<Record<string, string>>,
): Promise<BehaviourSettings> {
  return readBehaviourSettings(await callSimulatorAdmin(origin, 'PATCH', '/behaviours', patch));
}

/**
 * Restores every behaviour's default. Answers the new settings.
 *
 * @throws {Error} when the simulator refuses.
 * @example
 * ```ts
 * await restoreDefaultBehaviours(location.origin);
 * ```
 */
export async function restoreDefaultBehaviours(origin: string): Promise<BehaviourSettings> {
  return readBehaviourSettings(await callSimulatorAdmin(origin, 'DELETE', '/behaviours'));
}
