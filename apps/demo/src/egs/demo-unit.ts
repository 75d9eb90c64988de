/**
 * The EGS unit the playground onboards: a CSR configuration with the SDK sample's seller (VAT
 * number `399999999900003`, both document subtypes enabled), which the simulator and ZATCA's
 * developer portal accept, and the seller address the demo's invoices carry. The onboarding form
 * starts from these values and lets the user change them.
 */
import type { CsrConfig, Seller } from '@fatoora/core';

/** The IndexedDB database the playground keeps its unit in. */
export const DEMO_DATABASE = 'fatoora-demo';

/** The unit id in that database. */
export const DEMO_UNIT_ID = 'demo-till-1';

/**
 * A CSR configuration for a new demo unit (the EGS serial number is new each time).
 *
 * @example
 * ```ts
 * demoCsrConfig().invoiceType; // '1100'
 * ```
 */
export function demoCsrConfig(): CsrConfig {
  const serial = globalThis.crypto.randomUUID();
  return {
    commonName: 'TST-886431145-399999999900003',
    egsSerialNumber: `1-Fatoora|2-Demo|3-${serial}`,
    vatNumber: '399999999900003',
    organizationUnitName: 'Riyadh Branch',
    organizationName: 'Maximum Speed Tech Supply LTD',
    countryName: 'SA',
    invoiceType: '1100',
    location: 'RRRD2929',
    industry: 'Supply activities',
  };
}

/**
 * The seller of the demo's invoices for a unit's CSR configuration: its name and VAT number, and
 * a fixed Riyadh address.
 *
 * @example
 * ```ts
 * demoSeller(demoCsrConfig()).vatNumber; // '399999999900003'
 * ```
 */
export function demoSeller(config: Pick<CsrConfig, 'organizationName' | 'vatNumber'>): Seller {
  return {
    name: config.organizationName,
    vatNumber: config.vatNumber,
    identification: { scheme: 'CRN', value: '1010010000' },
    address: {
      street: 'Prince Sultan | الامير سلطان',
      buildingNumber: '2322',
      citySubdivision: 'Al-Murabba | المربع',
      city: 'Riyadh | الرياض',
      postalCode: '23333',
      country: 'SA',
    },
  };
}
