/**
 * The CSR configuration a unit's record holds, read back as a typed `CsrConfig`: the store keeps
 * it as plain data (`Record<string, unknown>`), so each field is checked to be text before the
 * pages use it for the seller of an invoice or to resume onboarding.
 */
import type { CsrConfig } from '@fatoora/core/csr';
import type { EgsUnitRecord } from '@fatoora/core/egs';

const FIELDS = [
  'commonName',
  'egsSerialNumber',
  'vatNumber',
  'organizationUnitName',
  'organizationName',
  'countryName',
  'invoiceType',
  'location',
  'industry',
] as const satisfies readonly (keyof CsrConfig)[];

/**
 * The record's CSR configuration, or `undefined` when there is no record or a field is not text.
 *
 * @example
 * ```ts
 * storedCsrConfig(await store.loadUnit('demo-till-1'))?.vatNumber; // '399999999900003'
 * ```
 */
export function storedCsrConfig(record: EgsUnitRecord | undefined): CsrConfig | undefined {
  const stored = record?.csrConfig;
  if (stored === undefined) return undefined;
  const config: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for (const field of FIELDS) {
    const value = stored[field];
    if (typeof value !== 'string') return undefined;
    config[field] = value;
  }
  return config as CsrConfig;
}
