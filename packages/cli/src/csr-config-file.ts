/**
 * Reading an EGS unit's CSR configuration named on the command line: ZATCA's SDK `.properties`
 * format or JSON with the `CsrConfig` fields. Shared by `csr` and `onboard`.
 */
import { type CsrConfig, InputError, parseCsrProperties } from '@fatoora/core';
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
