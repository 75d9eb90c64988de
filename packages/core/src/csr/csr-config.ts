/**
 * What an EGS unit's CSR must say, and the checks ZATCA applies to each field. Field meanings
 * and formats come from ZATCA's "Security Features Implementation Standards" v1.1 §2.2.2, Table 1
 * ("CSR Subject field content or RDNs"), the SDK's CSR configuration template
 * (`Data/Input/csr-config-template.properties`) and fatoora-api.md §4 ("CSR"). {@link CSR_FIELDS}
 * is the one list of the nine fields: the SDK properties reader, the EGS unit, the CLI and the
 * playground's onboarding form all read it. Which certificate template name a CSR carries is the
 * environment's (`ENVIRONMENTS` in the model).
 */

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
  /** The configuration field at fault, or `config` when the configuration is not an object at all. */
  readonly field: keyof CsrConfig | 'config';
  /** A stable id of the broken rule (`csr-required`, `csr-vat-number`, …), for code to match on. */
  readonly rule: string;
  /** The fault in English words, naming the field and what it must be. */
  readonly message: string;
}

/**
 * The nine CSR fields in the SDK's order, each with its SDK property key, the rules
 * {@link validateCsrConfig} checks it by beyond the ones every field follows (`csr-required`,
 * `csr-control-character`, `csr-whitespace`), and its label in English and Arabic.
 *
 * @example
 * ```ts
 * CSR_FIELDS.vatNumber.property; // 'csr.organization.identifier'
 * CSR_FIELDS.vatNumber.rules; // ['csr-vat-number']
 * CSR_FIELDS.organizationUnitName.ar; // 'الفرع'
 * ```
 */
export const CSR_FIELDS = {
  commonName: {
    property: 'csr.common.name',
    rules: ['csr-length'],
    en: 'Common name',
    ar: 'الاسم الشائع',
  },
  egsSerialNumber: {
    property: 'csr.serial.number',
    rules: ['csr-egs-serial-format'],
    en: 'EGS serial number',
    ar: 'الرقم التسلسلي للوحدة',
  },
  vatNumber: {
    property: 'csr.organization.identifier',
    rules: ['csr-vat-number'],
    en: 'VAT number',
    ar: 'الرقم الضريبي',
  },
  organizationUnitName: {
    property: 'csr.organization.unit.name',
    rules: ['csr-vat-group-tin', 'csr-length'],
    en: 'Branch',
    ar: 'الفرع',
  },
  organizationName: {
    property: 'csr.organization.name',
    rules: ['csr-length'],
    en: 'Organization name',
    ar: 'اسم المنشأة',
  },
  countryName: {
    property: 'csr.country.name',
    rules: ['csr-country-code'],
    en: 'Country',
    ar: 'الدولة',
  },
  invoiceType: {
    property: 'csr.invoice.type',
    rules: ['csr-invoice-type'],
    en: 'Documents it issues',
    ar: 'الوثائق التي تصدرها',
  },
  location: {
    property: 'csr.location.address',
    rules: [],
    en: 'Location',
    ar: 'الموقع',
  },
  industry: {
    property: 'csr.industry.business.category',
    rules: [],
    en: 'Industry',
    ar: 'النشاط',
  },
} as const satisfies Record<
  keyof CsrConfig,
  {
    readonly property: `csr.${string}`;
    readonly rules: readonly string[];
    readonly en: string;
    readonly ar: string;
  }
>;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

const FIELDS = Object.keys(CSR_FIELDS) as (keyof CsrConfig)[];

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
    const rules: readonly string[] = CSR_FIELDS[field].rules;
    if (value !== undefined && [...value].length > 64 && rules.includes('csr-length')) {
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
