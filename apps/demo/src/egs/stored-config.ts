/**
 * The CSR configuration a unit's record holds, read back as a typed `CsrConfig`: the store keeps
 * it as plain data (`Record<string, unknown>`), so each field (core's `CSR_FIELDS`) is checked to
 * be text before the pages use it for the seller of an invoice or to resume onboarding.
 */
import { CSR_FIELDS, type CsrConfig } from '@fatoora/core/csr';
import type { EgsUnitRecord } from '@fatoora/core/egs';

const FIELDS = Object.keys(CSR_FIELDS) as (keyof CsrConfig)[];

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
  const config: Partial<Record<keyof CsrConfig, string>> = {};
  for (const field of FIELDS) {
    const value = stored[field];
    if (typeof value !== 'string') return undefined;
    config[field] = value;
  }
  return config as CsrConfig;
}
