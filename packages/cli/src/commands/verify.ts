/**
 * `fatoora verify`: checks a signed invoice the way the platform does — hash, signature, signed
 * properties, certificate, QR and, given the previous hash, the PIH — and lists every finding.
 */
import { verifyInvoice } from '@fatoora/core';
import { parseCommandArguments } from '../arguments.ts';
import { onDocument, readCertificate } from '../inputs.ts';
import { type CliIo, readTextFile } from '../io.ts';
import { toJson } from '../json.ts';

export const verifyHelp = `fatoora verify <invoice.xml> [--pih <base64>] [--cert <file>] [--json]
  Verifies a signed invoice. Prints "VALID <hash>", or one line per finding ("code: message")
  and exits 1. --pih checks the previous invoice hash, --cert the expected signing certificate,
  --json prints the whole result.`;

/** Runs `verify`; returns the exit code. */
export function verify(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArguments(
    'verify',
    args,
    { pih: { type: 'string' }, cert: { type: 'string' }, json: { type: 'boolean' } },
    { min: 1, max: 1, names: '<invoice.xml>' },
  );
  const path = positionals[0]!;
  const certificate = typeof values.cert === 'string' ? readCertificate(io, values.cert) : undefined;
  const xml = readTextFile(io, path);
  const result = onDocument(path, () =>
    verifyInvoice(xml, {
      ...(typeof values.pih === 'string' ? { previousInvoiceHash: values.pih } : {}),
      ...(certificate ? { certificate } : {}),
    }),
  );
  if (values.json) {
    io.stdout(`${toJson(result)}\n`);
  } else if (result.valid) {
    io.stdout(`VALID ${result.invoiceHash}\n`);
  } else {
    for (const finding of result.findings) {
      io.stdout(`${finding.code}${finding.tag ? ` (tag ${finding.tag})` : ''}: ${finding.message}\n`);
    }
  }
  if (!result.valid)
    io.stderr(
      `${path}: INVALID (${result.findings.length} finding${result.findings.length === 1 ? '' : 's'})\n`,
    );
  return result.valid ? 0 : 1;
}
