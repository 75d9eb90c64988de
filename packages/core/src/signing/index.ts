/**
 * Invoice hash, XAdES signing and verification for ZATCA invoices.
 */
export { FIRST_PREVIOUS_INVOICE_HASH, canonicalInvoice, hashInvoice, invoiceDigest } from './invoice-hash.ts';
export { type SignedInvoice, type SignInvoiceOptions, formatSigningTime, signInvoice } from './sign-invoice.ts';
export { stripSignature } from './strip-signature.ts';
export { VERIFICATION_CODES, type VerificationCode } from './verification-codes.ts';
export {
  type InvoiceVerification,
  type VerificationFinding,
  type VerifyInvoiceOptions,
  verifyInvoice,
} from './verify-invoice.ts';
