/**
 * `fatoora hash`: the ZATCA invoice hash of a document (signed or not).
 */
import { hashInvoice } from '@fatoora/core';
import { parseCommandArguments } from '../arguments.ts';
import { onDocument } from '../inputs.ts';
import { type CliIo, readXmlFile } from '../io.ts';
import { USAGE_LINES } from './usage-lines.ts';

export const hashHelp = `${USAGE_LINES.hash}
  Prints the invoice hash (base64 SHA-256 of the canonical invoice without its signature and QR).`;

/** Runs `hash`; returns the exit code. */
export function hash(args: readonly string[], io: CliIo): number {
  const { positionals } = parseCommandArguments('hash', args, {}, { min: 1, max: 1, names: '<invoice.xml>' });
  const path = positionals[0]!;
  const xml = readXmlFile(io, path);
  io.stdout(`${onDocument(path, () => hashInvoice(xml))}\n`);
  return 0;
}
