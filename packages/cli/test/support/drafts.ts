/**
 * Drafts for the CLI's lifecycle tests, generated from the examples in `packages/cli/examples/`:
 * any of the six document kinds (standard or simplified × invoice, credit note, debit note) with
 * its own invoice number, written as JSON files for `fatoora issue`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The examples directory. */
export const EXAMPLES = resolve(import.meta.dirname, '../../examples');

/** The six document kinds, in the order the tests cycle through them. */
export const KINDS = [
  { subtype: 'standard', typeCode: '388' },
  { subtype: 'standard', typeCode: '381' },
  { subtype: 'standard', typeCode: '383' },
  { subtype: 'simplified', typeCode: '388' },
  { subtype: 'simplified', typeCode: '381' },
  { subtype: 'simplified', typeCode: '383' },
] as const;

/** A document kind. */
export type Kind = (typeof KINDS)[number];

function example(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')) as Record<string, unknown>;
}

/**
 * A draft of `kind` numbered `id`: the standard or simplified invoice example, made a credit or
 * debit note (billing reference and reason) when asked.
 */
export function draftOf(kind: Kind, id: string): Record<string, unknown> {
  const base = example(kind.subtype === 'standard' ? 'standard-invoice.json' : 'simplified-invoice.json');
  const note = kind.typeCode !== '388';
  return {
    ...base,
    id,
    typeCode: kind.typeCode,
    ...(note ? { billingReference: 'INV-2024-0001', noteReason: 'Returned items | إرجاع بضاعة' } : {}),
  };
}

/** Writes `draft` as `<directory>/<name>.json` and returns the path. */
export function writeDraft(directory: string, name: string, draft: Record<string, unknown>): string {
  const path = join(directory, `${name}.json`);
  writeFileSync(path, JSON.stringify(draft, null, 2));
  return path;
}
