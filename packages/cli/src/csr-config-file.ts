/**
 * Reading an EGS unit's CSR configuration named on the command line: ZATCA's SDK `.properties`
 * format or JSON with the `CsrConfig` fields, whose names the help texts take from core's
 * `CSR_FIELDS`. Shared by `csr` and `onboard`.
 */
import { CSR_FIELDS, type CsrConfig, InputError, parseCsrProperties } from '@fatoora/core';
import { type CliIo, readTextFile } from './io.ts';
import { UsageError } from './usage-error.ts';

/**
 * Reads a CSR configuration file (not yet validated: see `validateCsrConfig`).
 *
 * @throws {UsageError} when the file cannot be read or parsed.
 * @example
 * ```ts
 * const config = readCsrConfigFile(io, 'egs.properties');
 * validateCsrConfig(config); // [] when valid
 * ```
 */
export function readCsrConfigFile(io: CliIo, path: string): CsrConfig {
  const text = readTextFile(io, path);
  try {
    if (path.endsWith('.json') || text.trimStart().startsWith('{')) return JSON.parse(text) as CsrConfig;
    return parseCsrProperties(text);
  } catch (error) {
    if (error instanceof InputError || error instanceof SyntaxError)
      throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

/**
 * The names of the nine CSR fields (core's `CSR_FIELDS`, in its order), comma-separated and
 * wrapped for a help text: each line starts with `indent` and none is longer than `width`.
 *
 * @example
 * ```ts
 * csrFieldNames('  ');
 * // '  commonName, egsSerialNumber, vatNumber, organizationUnitName, organizationName, countryName,\n  invoiceType, location, industry'
 * ```
 */
export function csrFieldNames(indent: string, width = 100): string {
  const names = Object.keys(CSR_FIELDS);
  const lines: string[] = [];
  let line = '';
  for (const [index, name] of names.entries()) {
    const word = index < names.length - 1 ? `${name},` : name;
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.map((text) => `${indent}${text}`).join('\n');
}
