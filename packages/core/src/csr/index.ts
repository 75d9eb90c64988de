/**
 * The EGS unit's certificate signing request: configuration (the nine fields of `CSR_FIELDS`),
 * validation and creation.
 *
 * @module @fatoora/core/csr
 */
export { type CreateCsrOptions, type Csr, createCsr } from './create-csr.ts';
export { CSR_FIELDS, type CsrConfig, type CsrFault, validateCsrConfig } from './csr-config.ts';
export { parseCsrProperties } from './properties.ts';
