/**
 * The typed errors of `@fatoora/core`. Every deliberate failure is a {@link FatooraError}
 * subclass with a stable `code`.
 *
 * @module @fatoora/core/errors
 */
export { AlreadySubmittedError } from './already-submitted-error.ts';
export {
  ApiError,
  type ApiErrorInit,
  type ZatcaErrorMessage,
  type ZatcaValidationMessage,
  type ZatcaValidationResults,
} from './api-error.ts';
export { ApiVersionError } from './api-version-error.ts';
export { AuthenticationError } from './authentication-error.ts';
export { CertificateError } from './certificate-error.ts';
export { ClearanceDisabledError } from './clearance-disabled-error.ts';
export { EgsError, type EgsErrorCode } from './egs-error.ts';
export { findCause, isFatooraError } from './error-chain.ts';
export { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';
export { InputError } from './input-error.ts';
export { KeyError } from './key-error.ts';
export { NetworkError } from './network-error.ts';
export { RateLimitedError } from './rate-limited-error.ts';
export { RejectedError } from './rejected-error.ts';
export { ServerError } from './server-error.ts';
export { SignatureError } from './signature-error.ts';
export { StoreError, type StoreErrorCode } from './store-error.ts';
export { TimeoutError } from './timeout-error.ts';
export { type Fault, ValidationError } from './validation-error.ts';
export { XmlError } from './xml-error.ts';
