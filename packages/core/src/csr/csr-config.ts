/**
 * What an EGS unit's CSR must say, and the checks ZATCA applies to each field. Field meanings
 * and formats come from ZATCA's "Security Features Implementation Standards" v1.1 §2.2.2, Table 1
 * ("CSR Subject field content or RDNs"), and the SDK's CSR configuration template
 * (`Data/Input/csr-config-template.properties`).
 */

/** The three Fatoora environments, each with its own certificate template name. */
export const CSR_ENVIRONMENTS = {
  'developer-portal': 'TSTZATCA-Code-Signing',
  simulation: 'PREZATCA-Code-Signing',
  production: 'ZATCA-Code-Signing',
} as const;

/** A Fatoora environment. */
export type CsrEnvironment = keyof typeof CSR_ENVIRONMENTS;

/** The EGS unit's identity, as it goes into the CSR. */
export interface CsrConfig {
  /** Subject CN: the unit's unique name or asset tracking number (`csr.common.name`). */
  readonly commonName: string;
  /** SAN SN (2.5.4.4): `1-<solution provider>|2-<model or version>|3-<serial>` (`csr.serial.number`). */
  readonly egsSerialNumber: string;
  /**
   * Subject organizationIdentifier (2.5.4.97) and SAN UID: the taxpayer's VAT (or VAT group)
   * number, 15 digits starting and ending with 3 (`csr.organization.identifier`).
   */
  readonly vatNumber: string;
  /**
   * Subject OU: the branch; for a VAT group (11th digit of the VAT number is 1) the 10-digit TIN
   * of the member whose device is onboarded (`csr.organization.unit.name`).
   */
  readonly organizationUnitName: string;
  /** Subject O: the taxpayer's name (`csr.organization.name`). */
  readonly organizationName: string;
  /** Subject C: ISO 3166 alpha-2, e.g. `SA` (`csr.country.name`). */
  readonly countryName: string;
  /**
   * SAN title (2.5.4.12): four 0/1 flags — standard (T), simplified (S), and two reserved — e.g.
   * `1100` for both standard and simplified (`csr.invoice.type`).
   */
  readonly invoiceType: string;
  /** SAN registeredAddress (2.5.4.26): where the unit is, e.g. the national short address (`csr.location.address`). */
  readonly location: string;
  /** SAN businessCategory (2.5.4.15): the industry or sector (`csr.industry.business.category`). */
  readonly industry: string;
}

/** One broken rule in a CSR configuration. */
export interface CsrFault {
  readonly field: keyof CsrConfig | 'config';
  readonly rule: string;
  readonly message: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

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
 * Checks every field of a CSR configuration and returns every fault (an empty list when valid).
 *
 * @example
 * ```ts
 * validateCsrConfig({ ...config, vatNumber: '123' });
 * // [{ field: 'vatNumber', rule: 'csr-vat-number', message: '…15 digits…' }]
 * ```
 */
export function validateCsrConfig(config: unknown): CsrFault[] {
  if (typeof config !== 'object' || config === null) {
    return [
      { field: 'config', rule: 'csr-config-type', message: 'The CSR configuration must be an object.' },
    ];
  }
  const faults: CsrFault[] = [];
  const record = config as Record<string, unknown>;
  const fault = (field: keyof CsrConfig, rule: string, message: string) =>
    faults.push({ field, rule, message });
  for (const field of FIELDS) {
    const value = record[field];
    if (typeof value !== 'string') {
      fault(
        field,
        'csr-required',
        `${field} is required and must be text${value === undefined ? '' : `, got ${typeof value}`}.`,
      );
    } else if (value.trim() === '') {
      fault(field, 'csr-required', `${field} must not be empty.`);
    } else if (CONTROL_CHARACTER.test(value)) {
      fault(field, 'csr-control-character', `${field} contains a control character.`);
    } else if (value !== value.trim()) {
      fault(field, 'csr-whitespace', `${field} must not start or end with whitespace.`);
    }
  }
  const text = (field: keyof CsrConfig): string | undefined => {
    const value = record[field];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const serial = text('egsSerialNumber');
  if (serial !== undefined && !/^1-[^|]+\|2-[^|]+\|3-[^|]+$/.test(serial)) {
    fault(
      'egsSerialNumber',
      'csr-egs-serial-format',
      'egsSerialNumber must read "1-<solution provider>|2-<model or version>|3-<serial number>".',
    );
  }
  const vat = text('vatNumber');
  if (vat !== undefined && !/^3[0-9]{13}3$/.test(vat)) {
    fault('vatNumber', 'csr-vat-number', 'vatNumber must be 15 digits that begin and end with 3.');
  }
  const unit = text('organizationUnitName');
  if (
    vat !== undefined &&
    /^3[0-9]{13}3$/.test(vat) &&
    vat[10] === '1' &&
    unit !== undefined &&
    !/^[0-9]{10}$/.test(unit)
  ) {
    fault(
      'organizationUnitName',
      'csr-vat-group-tin',
      'For a VAT group (11th digit of the VAT number is 1), organizationUnitName must be the member’s 10-digit TIN.',
    );
  }
  const country = text('countryName');
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) {
    fault(
      'countryName',
      'csr-country-code',
      'countryName must be a two-letter ISO 3166 code in capitals, e.g. SA.',
    );
  }
  const invoiceType = text('invoiceType');
  if (invoiceType !== undefined && !/^[01]{4}$/.test(invoiceType)) {
    fault(
      'invoiceType',
      'csr-invoice-type',
      'invoiceType must be four digits of 0 and 1 (standard, simplified, and two reserved flags), e.g. 1100.',
    );
  } else if (invoiceType !== undefined && !invoiceType.startsWith('1') && invoiceType[1] !== '1') {
    fault(
      'invoiceType',
      'csr-invoice-type',
      'invoiceType must enable standard (1xxx) or simplified (x1xx) invoices, or both.',
    );
  }
  for (const field of FIELDS) {
    const value = text(field);
    // X.520 upper bounds apply to the subject; ZATCA's CA refuses longer values.
    if (value !== undefined && field === 'countryName') continue;
    if (
      value !== undefined &&
      [...value].length > 64 &&
      (field === 'commonName' || field === 'organizationUnitName' || field === 'organizationName')
    ) {
      fault(field, 'csr-length', `${field} must be at most 64 characters (X.520 upper bound).`);
    }
  }
  for (const key of Object.keys(record)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      faults.push({ field: 'config', rule: 'csr-unknown-field', message: `Unknown CSR field "${key}".` });
    }
  }
  return faults;
}
