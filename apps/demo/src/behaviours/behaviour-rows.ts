/**
 * The simulator's behaviour table (`GET /simulator/behaviours/table`) and its live settings
 * (`GET /simulator/behaviours`) as the panel shows them: one row per behaviour, in the table's
 * order, with its question, its values — the default first and marked, each with what the
 * simulator does with it — or, for a free-text behaviour, what the text is used for; its source and
 * the trust tags that source cites. The table arrives over the network, so its shape is checked
 * here, once, and a malformed answer is an error rather than a half-drawn panel.
 */
import { type SourceTag, sourceTagsOf } from './source-tags.ts';

/** A value of a choice behaviour. */
export interface BehaviourOption {
  readonly value: string;
  /** What the simulator does with it (English, from the simulator's table). */
  readonly explanation: string;
  readonly isDefault: boolean;
}

interface RowBase {
  /** The behaviour's name: the key of `PATCH /simulator/behaviours` and of `--behaviour`. */
  readonly name: string;
  /** The unsettled question it answers (English). */
  readonly question: string;
  readonly default: string;
  /** The evidence behind the default (English, with the trust tags). */
  readonly source: string;
  readonly tags: readonly SourceTag[];
}

/** A behaviour that takes one of a few values. */
export interface ChoiceRow extends RowBase {
  readonly kind: 'choice';
  /** The values, the default first. */
  readonly options: readonly BehaviourOption[];
}

/** A behaviour that takes any non-empty text (a code or a message). */
export interface TextRow extends RowBase {
  readonly kind: 'text';
  /** What the text is used for (English). */
  readonly usage: string;
}

/** One behaviour of the table. */
export type BehaviourRow = ChoiceRow | TextRow;

/** The live settings: each behaviour's name and its current value. */
export type BehaviourSettings = Readonly<Record<string, string>>;

/**
 * Reads the behaviour table as the simulator serves it.
 *
 * @throws {Error} when the answer is not a table of behaviours (a field missing or not text, a
 *   choice behaviour whose default is not one of its values).
 * @example
 * ```ts
 * const rows = readBehaviourTable(await (await fetch('/api/simulator/behaviours/table')).json());
 * rows.find((row) => row.name === 'renewal');
 * // { kind: 'choice', name: 'renewal', default: 'issued', options: [{ value: 'issued', isDefault: true, … }, { value: '428', … }], … }
 * ```
 */
export function readBehaviourTable(json: unknown): BehaviourRow[] {
  if (!isRecord(json)) throw new Error('The behaviour table is not a JSON object.');
  return Object.entries(json).map(([name, definition]) => readRow(name, definition));
}

/**
 * Reads the live settings, every value a text.
 *
 * @throws {Error} when the answer is not an object of texts.
 * @example
 * ```ts
 * readBehaviourSettings({ renewal: '428' }); // { renewal: '428' }
 * ```
 */
export function readBehaviourSettings(json: unknown): BehaviourSettings {
  if (!isRecord(json) || !Object.values(json).every((value) => typeof value === 'string')) {
    throw new Error('The behaviour settings are not an object of texts.');
  }
  return json as BehaviourSettings;
}

/**
 * The behaviours whose setting is not their default.
 *
 * @example
 * ```ts
 * changedBehaviours(rows, { ...defaults, renewal: '428' }); // ['renewal']
 * ```
 */
export function changedBehaviours(rows: readonly BehaviourRow[], settings: BehaviourSettings): string[] {
  return rows
    .filter((row) => Object.hasOwn(settings, row.name) && settings[row.name] !== row.default)
    .map((row) => row.name);
}

function readRow(name: string, definition: unknown): BehaviourRow {
  if (!isRecord(definition)) throw new Error(`Behaviour ${name} is not an object.`);
  const base = {
    name,
    question: text(definition, 'question', name),
    default: text(definition, 'default', name),
    source: text(definition, 'source', name),
  };
  const row = { ...base, tags: sourceTagsOf(base.source) };
  if (!('values' in definition)) return { ...row, kind: 'text', usage: text(definition, 'text', name) };
  const { values } = definition;
  if (!isRecord(values)) throw new Error(`Behaviour ${name}: values is not an object.`);
  if (!Object.hasOwn(values, base.default)) {
    throw new Error(`Behaviour ${name}: its default ${base.default} is not one of its values.`);
  }
  // JSON objects list number-like keys (208, 409) first whatever their place: put the default first.
  const order = [base.default, ...Object.keys(values).filter((value) => value !== base.default)];
  const options = order.map((value) => ({
    value,
    explanation: text(values, value, name),
    isDefault: value === base.default,
  }));
  return { ...row, kind: 'choice', options };
}

function text(record: Readonly<Record<string, unknown>>, key: string, name: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`Behaviour ${name}: ${key} is not a text.`);
  return value;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
