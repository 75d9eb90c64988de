/**
 * The typed errors of `@fatoora/core`. Every deliberate failure is a {@link FatooraError}
 * subclass with a stable `code`.
 */
export { CertificateError } from './certificate-error.ts';
export { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';
export { InputError } from './input-error.ts';
export { KeyError } from './key-error.ts';
export { SignatureError } from './signature-error.ts';
export { type Fault, ValidationError } from './validation-error.ts';
export { XmlError } from './xml-error.ts';
