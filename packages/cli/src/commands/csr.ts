/**
 * `fatoora csr`: the EGS unit's certificate signing request from the SDK's `.properties`
 * configuration (or the same fields as JSON), signed with the unit's key. Every invalid field is
 * listed, one per line.
 */
import { createCsr, ENVIRONMENTS, isFatooraEnvironment, validateCsrConfig } from '@fatoora/core';
import { parseCommandArguments, requiredFlag } from '../arguments.ts';
import { csrFieldNames, readCsrConfigFile } from '../csr-config-file.ts';
import { readPrivateKey } from '../inputs.ts';
import { type CliIo, emit } from '../io.ts';
import { UsageError } from '../usage-error.ts';
import { USAGE_LINES } from './usage-lines.ts';

export const csrHelp = `${USAGE_LINES.csr}
  Creates the CSR of an EGS unit. <file> is ZATCA's SDK .properties format or JSON with the fields
${csrFieldNames('  ')}.
  --env picks the certificate template (default developer-portal).
  --base64 prints base64 of the PEM, the form the Fatoora API's "csr" field takes.`;

/** Runs `csr`; returns the exit code. */
export function csr(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArguments(
    'csr',
    args,
    {
      config: { type: 'string' },
      key: { type: 'string' },
      env: { type: 'string' },
      out: { type: 'string' },
      base64: { type: 'boolean' },
    },
    { min: 0, max: 0, names: '' },
  );
  const configPath = requiredFlag('csr', values, 'config');
  const environment = (values.env as string | undefined) ?? 'developer-portal';
  if (!isFatooraEnvironment(environment)) {
    throw new UsageError(`csr: --env must be one of ${Object.keys(ENVIRONMENTS).join(', ')}`);
  }
  const config = readCsrConfigFile(io, configPath);
  const faults = validateCsrConfig(config);
  if (faults.length > 0) {
    for (const fault of faults) io.stderr(`${configPath}: ${fault.field}: ${fault.rule}: ${fault.message}\n`);
    return 2;
  }
  const key = readPrivateKey(io, requiredFlag('csr', values, 'key'));
  const request = createCsr(config, key, { environment });
  const text = values.base64 ? `${request.base64}\n` : request.pem;
  emit(io, values.out, text);
  return 0;
}
