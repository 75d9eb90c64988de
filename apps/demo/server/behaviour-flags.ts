/**
 * The demo's `--behaviour <name>=<value>` flag (repeatable): the unsettled platform behaviours the
 * embedded simulator starts with, as `fatoora simulator --behaviour` sets them. Each assignment is
 * checked against the simulator's own table (`checkBehaviourPatch`), so a typo stops the command
 * with a usage error naming the behaviours or values allowed, before anything starts; the help
 * lists them from the same table.
 */
import { BEHAVIOURS, type BehaviourSettings, checkBehaviourPatch } from '@fatoora/simulator';
import { readBehaviourTable } from '../src/behaviours/behaviour-rows.ts';

/**
 * The behaviours a list of `<name>=<value>` assignments sets; a later one wins over an earlier one.
 *
 * @throws {Error} for an assignment without `=`, an unknown behaviour or a value it does not take.
 * @example
 * ```ts
 * parseBehaviourFlags(['duplicate-clearance=409', 'renewal=428']);
 * // { 'duplicate-clearance': '409', renewal: '428' }
 * ```
 */
export function parseBehaviourFlags(assignments: readonly string[]): Partial<BehaviourSettings> {
  const patch: Record<string, string> = {};
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=');
    if (equals <= 0) throw new Error(`--behaviour takes <name>=<value>, not ${JSON.stringify(assignment)}.`);
    patch[assignment.slice(0, equals)] = assignment.slice(equals + 1);
  }
  const problems = checkBehaviourPatch(patch);
  if (problems.length > 0) throw new Error(problems.join(' '));
  return patch as Partial<BehaviourSettings>;
}

/**
 * The help's lines for the flag: each behaviour with its values, the default first, or `<text>`.
 *
 * @example
 * ```ts
 * behaviourFlagLines('  ')[1]; // '  duplicate-clearance=208|409'
 * ```
 */
export function behaviourFlagLines(indent: string): string[] {
  return readBehaviourTable(BEHAVIOURS).map(
    (row) =>
      `${indent}${row.name}=${row.kind === 'choice' ? row.options.map((option) => option.value).join('|') : '<text>'}`,
  );
}
