/**
 * `fatoora sign`: signs an invoice with the EGS unit's key and certificate (XAdES, QR and
 * `cac:Signature`), deterministically when a signing time is given.
 */
import { formatSigningTime, InputError, signInvoice } from '@fatoora/core';
import { parseCommandArguments, requiredFlag } from '../arguments.ts';
import { onDocument, readCertificate, readPrivateKey } from '../inputs.ts';
import { type CliIo, emit, readXmlFile } from '../io.ts';
import { UsageError } from '../usage-error.ts';
import { USAGE_LINES } from './usage-lines.ts';

export const signHelp = `${USAGE_LINES.sign}
  Signs the invoice. Prints the signed XML, or with --out writes it and prints the invoice hash.
  --replace      re-sign an invoice that is already signed
  --signing-time UTC signing time (default: now)`;

/** Runs `sign`; returns the exit code. */
export function sign(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArguments(
    'sign',
    args,
    {
      key: { type: 'string' },
      cert: { type: 'string' },
      'signing-time': { type: 'string' },
      replace: { type: 'boolean' },
      out: { type: 'string' },
    },
    { min: 1, max: 1, names: '<invoice.xml>' },
  );
  const path = positionals[0]!;
  const privateKey = readPrivateKey(io, requiredFlag('sign', values, 'key'));
  const certificate = readCertificate(io, requiredFlag('sign', values, 'cert'));
  let signingTime: string | undefined;
  if (typeof values['signing-time'] === 'string') {
    try {
      signingTime = formatSigningTime(values['signing-time']);
    } catch (error) {
      if (error instanceof InputError) throw new UsageError(`sign: --signing-time: ${error.message}`);
      throw error;
    }
  }
  const xml = readXmlFile(io, path);
  const signed = onDocument(path, () =>
    signInvoice(xml, {
      privateKey,
      certificate,
      ...(signingTime ? { signingTime } : {}),
      replaceExistingSignature: values.replace === true,
    }),
  );
  emit(io, values.out, signed.xml, signed.invoiceHash);
  return 0;
}
