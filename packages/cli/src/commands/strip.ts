/**
 * `fatoora strip`: removes an invoice's signature, QR and `cac:Signature`, leaving every other
 * byte (and so the invoice hash) unchanged — to re-sign a document, or to sign a sample.
 */
import { stripSignature } from '@fatoora/core';
import { parseCommandArguments } from '../arguments.ts';
import { onDocument } from '../inputs.ts';
import { type CliIo, emit, readXmlFile } from '../io.ts';
import { USAGE_LINES } from './usage-lines.ts';

export const stripHelp = `${USAGE_LINES.strip}
  Removes ext:UBLExtensions, cac:Signature and the QR reference; prints or writes the rest.`;

/** Runs `strip`; returns the exit code. */
export function strip(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArguments(
    'strip',
    args,
    { out: { type: 'string' } },
    { min: 1, max: 1, names: '<invoice.xml>' },
  );
  const path = positionals[0]!;
  const xml = readXmlFile(io, path);
  const stripped = onDocument(path, () => stripSignature(xml));
  emit(io, values.out, stripped);
  return 0;
}
