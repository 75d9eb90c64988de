/**
 * The live behaviour settings of a running simulator: set at start-up
 * (`startSimulator({ behaviours })`, `--behaviour <name>=<value>`), read and changed at run time
 * through the handle or `/simulator/behaviours`. Every change is checked against the table
 * (`behaviour-table.ts`) and refused whole, listing every problem, when any part is wrong.
 */
import {
  BEHAVIOUR_NAMES,
  type BehaviourName,
  type BehaviourSettings,
  behaviourValues,
  DEFAULT_BEHAVIOURS,
} from './behaviour-table.ts';

/**
 * Every problem with a requested change of behaviours (an empty list when it is valid).
 *
 * @example
 * ```ts
 * checkBehaviourPatch({ renewal: '428' }); // []
 * checkBehaviourPatch({ renewal: 'sometimes' }); // ['renewal must be issued or 428, not "sometimes".']
 * ```
 */
export function checkBehaviourPatch(patch: unknown): string[] {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return ['The behaviours must be a JSON object.'];
  }
  const problems: string[] = [];
  for (const [name, value] of Object.entries(patch)) {
    if (!(BEHAVIOUR_NAMES as readonly string[]).includes(name)) {
      problems.push(`Unknown behaviour "${name}"; the behaviours are ${BEHAVIOUR_NAMES.join(', ')}.`);
      continue;
    }
    const values = behaviourValues(name as BehaviourName);
    if (values === undefined) {
      if (typeof value !== 'string' || value.trim() === '' || value.length > 500) {
        problems.push(`${name} must be a text of 1 to 500 characters.`);
      }
    } else if (typeof value !== 'string' || !values.includes(value)) {
      problems.push(`${name} must be ${orList(values)}, not ${JSON.stringify(value)}.`);
    }
  }
  return problems;
}

/**
 * Reads a `<name>=<value>` assignment (the `--behaviour` flag's argument).
 *
 * @throws {Error} when the text has no `=`, or names an unknown behaviour or value.
 * @example
 * ```ts
 * parseBehaviourAssignment('duplicate-clearance=409'); // { 'duplicate-clearance': '409' }
 * ```
 */
export function parseBehaviourAssignment(text: string): Partial<BehaviourSettings> {
  const equals = text.indexOf('=');
  if (equals <= 0) throw new Error(`--behaviour takes <name>=<value>, not ${JSON.stringify(text)}`);
  const patch = { [text.slice(0, equals)]: text.slice(equals + 1) };
  const problems = checkBehaviourPatch(patch);
  if (problems.length > 0) throw new Error(problems.join(' '));
  return patch as Partial<BehaviourSettings>;
}

/**
 * The behaviour settings of a running simulator.
 *
 * @example
 * ```ts
 * const behaviours = new BehaviourSwitches({ renewal: '428' });
 * behaviours.settings.renewal; // '428'
 * behaviours.set({ 'duplicate-clearance': '409' });
 * behaviours.reset().renewal; // 'issued'
 * ```
 */
export class BehaviourSwitches {
  #settings: BehaviourSettings;

  /** @throws {TypeError} for an unknown behaviour or value (see {@link checkBehaviourPatch}). */
  constructor(initial: Partial<BehaviourSettings> = {}) {
    this.#settings = { ...DEFAULT_BEHAVIOURS, ...validPatch(initial) };
  }

  /** The current settings. */
  get settings(): BehaviourSettings {
    return this.#settings;
  }

  /**
   * Changes some behaviours; returns the new settings.
   *
   * @throws {TypeError} for an unknown behaviour or value.
   */
  set(patch: Partial<BehaviourSettings>): BehaviourSettings {
    this.#settings = { ...this.#settings, ...validPatch(patch) };
    return this.#settings;
  }

  /** Every behaviour back to its default. */
  reset(): BehaviourSettings {
    this.#settings = DEFAULT_BEHAVIOURS;
    return this.#settings;
  }
}

function validPatch(patch: Partial<BehaviourSettings>): Partial<BehaviourSettings> {
  const problems = checkBehaviourPatch(patch);
  if (problems.length > 0) throw new TypeError(problems.join(' '));
  return patch;
}

function orList(values: readonly string[]): string {
  return values.length === 1 ? values[0]! : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}
