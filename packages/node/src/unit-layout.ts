/**
 * Where the file store keeps one EGS unit: `units/<unit id, percent-encoded>/` holding `unit.json`
 * (the unit record), `head.json` (the chain head: the commit point of an append), `documents/`
 * with one `<ICV, 12 digits>.json` per issued document, and `lock` (held by whoever appends or
 * updates a submission). The unit id is percent-encoded, dots included, so that any id (`1-TST|2-…`,
 * `..`) maps to one safe directory name.
 */
import { join } from 'node:path';
import { InputError } from '@fatoora/core/errors';

/** The files of one unit. */
export interface UnitLayout {
  readonly directory: string;
  readonly unit: string;
  readonly head: string;
  readonly documents: string;
  readonly lock: string;
}

/**
 * The directory name for a unit id.
 *
 * @throws {InputError} for an empty unit id.
 * @example
 * ```ts
 * unitDirectoryName('1-TST|2-TST|3-till.1'); // '1-TST%7C2-TST%7C3-till%2E1'
 * ```
 */
export function unitDirectoryName(unitId: string): string {
  if (unitId.length === 0) throw new InputError('unitId', 'non-empty', 'An EGS unit id must not be empty.');
  return encodeURIComponent(unitId).replace(
    /[.!~*'()]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The paths of a unit's files under the store's root directory.
 *
 * @throws {InputError} for an empty unit id.
 * @example
 * ```ts
 * unitLayout('/var/lib/fatoora', 'till-1').head; // '/var/lib/fatoora/units/till-1/head.json'
 * ```
 */
export function unitLayout(root: string, unitId: string): UnitLayout {
  const directory = join(root, 'units', unitDirectoryName(unitId));
  return {
    directory,
    unit: join(directory, 'unit.json'),
    head: join(directory, 'head.json'),
    documents: join(directory, 'documents'),
    lock: join(directory, 'lock'),
  };
}

/**
 * The file of the document with ICV `counter`.
 *
 * @throws nothing.
 * @example
 * ```ts
 * documentPath(layout, 7); // '…/documents/000000000007.json'
 * ```
 */
export function documentPath(layout: UnitLayout, counter: number): string {
  return join(layout.documents, `${String(counter).padStart(12, '0')}.json`);
}
