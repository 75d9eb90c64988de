/**
 * `fatoora qr`: the QR text embedded in an invoice, or (`--decode`) its nine fields as JSON,
 * from a base64 QR string or an invoice file.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeQr, InputError, readInvoiceQr } from '@fatoora/core';
import { parseCommandArguments } from '../arguments.ts';
import { onDocument } from '../inputs.ts';
import { type CliIo, readXmlFile } from '../io.ts';
import { toJson } from '../json.ts';
import { InvalidDocumentError } from '../usage-error.ts';
import { USAGE_LINES } from './usage-lines.ts';

export const qrHelp = `${USAGE_LINES.qr}
fatoora qr --decode <base64 | invoice.xml>
  Prints the invoice's QR text (base64 TLV), or decodes a QR into its fields as JSON.`;

/** Runs `qr`; returns the exit code. */
export function qr(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArguments(
    'qr',
    args,
    { decode: { type: 'boolean' } },
    { min: 1, max: 1, names: '<invoice.xml> or --decode <base64 | invoice.xml>' },
  );
  const source = positionals[0]!;
  // A path that exists is a file; otherwise --decode takes the argument as the QR text itself.
  const looksLikeQr =
    values.decode === true && !existsSync(resolve(io.cwd, source)) && /^[A-Za-z0-9+/\s]+={0,2}$/.test(source);
  const text = looksLikeQr ? source : qrOfInvoice(source, readXmlFile(io, source));
  if (!values.decode) {
    io.stdout(`${text}\n`);
    return 0;
  }
  let decoded: ReturnType<typeof decodeQr>;
  try {
    decoded = decodeQr(text);
  } catch (error) {
    if (error instanceof InputError) throw new InvalidDocumentError(`${source}: ${error.message}`);
    throw error;
  }
  io.stdout(`${toJson(decoded)}\n`);
  return 0;
}

/** The invoice's QR text; an absent QR and an empty one are different faults, named as `verify` names them. */
function qrOfInvoice(path: string, xml: Uint8Array): string {
  const text = onDocument(path, () => readInvoiceQr(xml));
  if (text === undefined)
    throw new InvalidDocumentError(
      `${path}: the invoice has no QR (cac:AdditionalDocumentReference with cbc:ID "QR")`,
    );
  if (text === '')
    throw new InvalidDocumentError(
      `${path}: the QR is empty (the cbc:EmbeddedDocumentBinaryObject of cac:AdditionalDocumentReference with cbc:ID "QR" has no text)`,
    );
  return text;
}
