/**
 * The EGS unit's certificate signing request: configuration, validation and creation.
 */
export { type CreateCsrOptions, type Csr, createCsr } from './create-csr.ts';
export {
  CSR_ENVIRONMENTS,
  type CsrConfig,
  type CsrEnvironment,
  type CsrFault,
  validateCsrConfig,
} from './csr-config.ts';
export { CSR_PROPERTY_KEYS, parseCsrProperties } from './properties.ts';
