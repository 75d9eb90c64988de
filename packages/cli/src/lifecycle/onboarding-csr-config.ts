/**
 * The CSR configuration `fatoora onboard` works with: a `--csr-config` file (SDK `.properties` or
 * JSON), with any field overridden by its own flag (`--vat-number`, `--invoice-type`, …); or the
 * flags alone (`--country` defaults to `SA`); or, with neither, the configuration the unit was
 * onboarded with — so a failed onboarding resumes with a bare `fatoora onboard`. Every invalid
 * field is listed, one per line, before anything is sent.
 */

import type { ParseArgsConfig } from 'node:util';
import { type CsrConfig, validateCsrConfig } from '@fatoora/core';
import type { ParsedArguments } from '../arguments.ts';
import { csrFieldNames, readCsrConfigFile } from '../csr-config-file.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';

/** Each CSR field's flag (one for each of core's `CSR_FIELDS`). */
const FIELD_FLAGS = {
  commonName: 'common-name',
  egsSerialNumber: 'serial-number',
  vatNumber: 'vat-number',
  organizationUnitName: 'organization-unit',
  organizationName: 'organization-name',
  countryName: 'country',
  invoiceType: 'invoice-type',
  location: 'location',
  industry: 'industry',
} as const satisfies Record<keyof CsrConfig, string>;

/**
 * The CSR options of `onboard`, to spread into its `parseArgs` options.
 *
 * @example
 * ```ts
 * parseCommandArguments('onboard', args, { ...LIFECYCLE_OPTIONS, ...CSR_CONFIG_OPTIONS }, none);
 * ```
 */
export const CSR_CONFIG_OPTIONS = {
  'csr-config': { type: 'string' },
  ...Object.fromEntries(Object.values(FIELD_FLAGS).map((flag) => [flag, { type: 'string' }])),
} as NonNullable<ParseArgsConfig['options']>;

/**
 * The CSR options' help.
 *
 * @example
 * ```ts
 * const onboardHelp = `fatoora onboard …\n${CSR_CONFIG_HELP}`;
 * ```
 */
export const CSR_CONFIG_HELP = `  --csr-config <file>  the unit's CSR configuration: ZATCA's SDK .properties, or JSON with
${csrFieldNames(' '.repeat(23), 92)}
  --common-name --serial-number --vat-number --organization-unit --organization-name
  --country (default SA) --invoice-type (e.g. 1100) --location --industry
                       the same fields as flags (they override the file's)`;

/**
 * The configuration to onboard with, or `undefined` when none was given (use the unit's own).
 *
 * @throws {UsageError} when the file cannot be read, or listing every invalid field.
 * @example
 * ```ts
 * const config = readOnboardingCsrConfig(values, io) ?? record?.csrConfig;
 * ```
 */
export function readOnboardingCsrConfig(values: ParsedArguments['values'], io: CliIo): CsrConfig | undefined {
  const path = typeof values['csr-config'] === 'string' ? values['csr-config'] : undefined;
  const fromFlags = Object.fromEntries(
    Object.entries(FIELD_FLAGS).flatMap(([field, flag]) =>
      typeof values[flag] === 'string' ? [[field, values[flag]]] : [],
    ),
  );
  if (path === undefined && Object.keys(fromFlags).length === 0) return undefined;
  const config = {
    ...(path === undefined ? { countryName: 'SA' } : readCsrConfigFile(io, path)),
    ...fromFlags,
  } as CsrConfig;
  const faults = validateCsrConfig(config);
  if (faults.length > 0) {
    const source = path ?? 'CSR configuration';
    throw new UsageError(
      faults
        .map((fault) => {
          const flag = FIELD_FLAGS[fault.field as keyof CsrConfig];
          return `${source}: ${fault.field}${flag ? ` (--${flag})` : ''}: ${fault.rule}: ${fault.message}`;
        })
        .join('\n'),
    );
  }
  return config;
}
