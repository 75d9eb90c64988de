/**
 * The parties of ZATCA's SDK samples as plain data, for every package's tests: the seller
 * (Maximum Speed Tech Supply LTD, VAT number 399999999900003) and the buyer (Fatoora Samples LTD),
 * named and addressed in Arabic and English, and the CSR configuration of the SDK's sample EGS unit
 * (`Data/Input/csr-config-example-EN.properties`, both subtypes enabled), whose certificate the SDK
 * signs its samples with. Typed by shape only: this package depends on no fatoora package, and a
 * test that hands these to `@fatoora/core` gets them checked against core's types there.
 */

/**
 * The SDK samples' seller, in Arabic and English.
 *
 * @example
 * ```ts
 * const invoice: Invoice = { ...draft, seller: SAMPLE_SELLER };
 * ```
 */
export const SAMPLE_SELLER = {
  name: 'شركة توريد التكنولوجيا بأقصى سرعة المحدودة | Maximum Speed Tech Supply LTD',
  vatNumber: '399999999900003',
  identification: { scheme: 'CRN', value: '1010010000' },
  address: {
    street: 'الامير سلطان | Prince Sultan',
    buildingNumber: '2322',
    citySubdivision: 'المربع | Al-Murabba',
    city: 'الرياض | Riyadh',
    postalCode: '23333',
    country: 'SA',
  },
} as const;

/**
 * The SDK samples' buyer, in Arabic and English.
 *
 * @example
 * ```ts
 * const invoice: Invoice = { ...draft, buyer: SAMPLE_BUYER };
 * ```
 */
export const SAMPLE_BUYER = {
  name: 'شركة نماذج فاتورة المحدودة | Fatoora Samples LTD',
  vatNumber: '399999999800003',
  address: {
    street: 'صلاح الدين | Salah Al-Din',
    buildingNumber: '1111',
    citySubdivision: 'المروج | Al-Murooj',
    city: 'الرياض | Riyadh',
    postalCode: '12222',
    country: 'SA',
  },
} as const;

/**
 * The CSR configuration of the SDK's sample EGS unit: the seller above, both subtypes (`1100`).
 *
 * @example
 * ```ts
 * const csr = createCsr(SAMPLE_CSR_CONFIG, generatePrivateKey(), { environment: 'simulation' });
 * ```
 */
export const SAMPLE_CSR_CONFIG = {
  commonName: 'TST-886431145-399999999900003',
  egsSerialNumber: '1-TST|2-TST|3-ed22f1d8-e6a2-1118-9b58-d9a8f11e445f',
  vatNumber: SAMPLE_SELLER.vatNumber,
  organizationUnitName: 'Riyadh Branch',
  organizationName: 'Maximum Speed Tech Supply LTD',
  countryName: 'SA',
  invoiceType: '1100',
  location: 'RRRD2929',
  industry: 'Supply activities',
} as const;
