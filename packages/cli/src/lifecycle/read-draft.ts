/**
 * Reads an invoice draft from a JSON file: the invoice model of `@fatoora/core` without the values
 * the unit's chain assigns — the ICV (`counter`), the PIH (`previousInvoiceHash`) and the `uuid` —
 * with amounts as decimal strings and the issue date and time optional (the unit's clock when
 * left out). Those three, when present, are dropped with a note: the unit assigns them. Whether
 * the rest is a valid document is for the unit to say (every fault, with its rule id).
 */
import type { InvoiceDraft } from '@fatoora/core/model';
import { type CliIo, readTextFile } from '../io.ts';
import { UsageError } from '../usage-error.ts';

const ASSIGNED = ['counter', 'previousInvoiceHash', 'uuid'] as const;

/**
 * Reads the draft at `path`.
 *
 * @throws {UsageError} when the file cannot be read or is not a JSON object.
 * @example
 * ```ts
 * const draft = readDraft(io, 'examples/simplified-invoice.json');
 * await egs.issue(draft);
 * ```
 */
export function readDraft(io: CliIo, path: string): InvoiceDraft {
  const text = readTextFile(io, path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`${path}: an invoice draft is a JSON object`);
  }
  const draft = { ...(parsed as Record<string, unknown>) };
  const dropped = ASSIGNED.filter((name) => name in draft);
  for (const name of dropped) delete draft[name];
  if (dropped.length > 0) {
    io.stderr(`${path}: ignoring ${dropped.join(', ')}: the unit assigns them\n`);
  }
  return draft as unknown as InvoiceDraft;
}
