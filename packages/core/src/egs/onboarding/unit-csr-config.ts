/**
 * The CSR configuration of an EGS unit as onboarding and renewal read it: a `CsrConfig` or the
 * SDK's `.properties` text, checked field by field (the nine of `CSR_FIELDS`) before anything is
 * sent, and compared with the configuration a unit's record holds — resuming onboarding under
 * another identity would mix two units' certificates.
 */
import { CSR_FIELDS, type CsrConfig, validateCsrConfig } from '../../csr/csr-config.ts';
import { parseCsrProperties } from '../../csr/properties.ts';
import { InputError } from '../../errors/input-error.ts';

const FIELDS = Object.keys(CSR_FIELDS) as (keyof CsrConfig)[];

/**
 * A checked CSR configuration with exactly its nine fields.
 *
 * @throws {InputError} naming the first broken field and rule (every fault in `details.faults`),
 * as `createCsr` does.
 * @example
 * ```ts
 * const config = readCsrConfig(propertiesText);
 * config.invoiceType; // '1100'
 * ```
 */
export function readCsrConfig(input: CsrConfig | string | Readonly<Record<string, unknown>>): CsrConfig {
  const config = typeof input === 'string' ? parseCsrProperties(input) : input;
  const faults = validateCsrConfig(config);
  const first = faults[0];
  if (first) {
    throw new InputError(
      first.field === 'config' ? 'csrConfig' : `csrConfig.${first.field}`,
      first.rule,
      faults.length === 1 ? first.message : `${first.message} (and ${faults.length - 1} more)`,
      { details: { faults } },
    );
  }
  const valid = config as CsrConfig;
  return Object.fromEntries(FIELDS.map((field) => [field, valid[field]])) as unknown as CsrConfig;
}

/**
 * Whether two CSR configurations name the same unit (all nine fields equal).
 *
 * @example
 * ```ts
 * sameCsrConfig(record.csrConfig, config); // false after a change of branch or serial number
 * ```
 */
export function sameCsrConfig(a: object, b: object): boolean {
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  return FIELDS.every((field) => left[field] === right[field]);
}
