/**
 * Invoice hash, XAdES signing and verification for ZATCA invoices.
 *
 * @module @fatoora/core/signing
 */
export type { CertificateTrust } from './certificate-trust.ts';
export { canonicalInvoice, FIRST_PREVIOUS_INVOICE_HASH, hashInvoice, invoiceDigest } from './invoice-hash.ts';
export { readInvoiceQr } from './read-invoice-qr.ts';
export {
  formatSigningTime,
  type SignedInvoice,
  type SignInvoiceOptions,
  signInvoice,
} from './sign-invoice.ts';
export { stripSignature } from './strip-signature.ts';
export {
  VERIFICATION_CODES,
  VERIFICATION_SEVERITY,
  type VerificationCode,
  type VerificationSeverity,
} from './verification-codes.ts';
export {
  type InvoiceVerification,
  type VerificationFinding,
  type VerifyInvoiceOptions,
  verifyInvoice,
} from './verify-invoice.ts';
