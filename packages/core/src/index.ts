/**
 * `@fatoora/core`: ZATCA (Fatoora) Phase 2 e-invoicing in pure, isomorphic TypeScript — safe XML
 * parsing and canonicalization, the invoice hash, XAdES signing and verification, the TLV QR,
 * secp256k1 keys, X.509 certificates and CSRs, and the EGS unit lifecycle (`Egs`: onboarding, the
 * ICV/PIH chain, the reporting outbox, renewal). Each area is also its own subpath export
 * (`@fatoora/core/signing`, `/qr`, `/crypto`, `/csr`, `/xml`, `/errors`, `/egs`) for smaller bundles.
 *
 * @example
 * ```ts
 * import { importPrivateKey, signInvoice, verifyInvoice } from '@fatoora/core';
 *
 * const signed = signInvoice(unsignedXml, { privateKey: importPrivateKey(keyPem), certificate: csidPem });
 * verifyInvoice(signed.xml).valid; // true
 * ```
 */

export {
  type AdjustmentInput,
  computeInvoiceTotals,
  computeLineTotals,
  computeTotals,
  type DecimalInput,
  type InvoiceModelTotals,
  type InvoiceTotals,
  type LineAmountsInput,
  type LineTotals,
  type PrepaymentInput,
  type PrepaymentTotals,
  roundAmount,
  type TaxBreakdownEntry,
  type TotalsInput,
} from './calc/index.ts';
export {
  type Certificate,
  certificateFromBinarySecurityToken,
  type EgsCertificateFields,
  exportPrivateKey,
  generatePrivateKey,
  importPrivateKey,
  importPublicKey,
  PrivateKey,
  type PrivateKeyExportOptions,
  parseCertificate,
  publicKeySpki,
  signSha256Ecdsa,
  verifySha256Ecdsa,
} from './crypto/index.ts';
export {
  type CreateCsrOptions,
  CSR_ENVIRONMENTS,
  type Csr,
  type CsrConfig,
  type CsrEnvironment,
  type CsrFault,
  createCsr,
  parseCsrProperties,
  validateCsrConfig,
} from './csr/index.ts';
export {
  type BackoffOptions,
  type ComplianceDocumentKind,
  type DrainOutboxOptions,
  type DrainResult,
  EGS_DOCUMENT_KINDS,
  Egs,
  type EgsOpenOptions,
  type EgsStatus,
  type EgsStore,
  type EgsUnitRecord,
  type InvoiceDraft,
  type IssuedDocumentRecord,
  type IssuedInvoice,
  type IssueOptions,
  MemoryEgsStore,
  type OnboardingResult,
  type OnboardParameters,
  type OutboxItem,
  type RenewalResult,
  type RenewParameters,
  reportingDeadline,
  type SubmissionState,
} from './egs/index.ts';
export {
  CertificateError,
  EgsError,
  FatooraError,
  type FatooraErrorOptions,
  type Fault,
  InputError,
  KeyError,
  SignatureError,
  StoreError,
  ValidationError,
  XmlError,
} from './errors/index.ts';
export {
  type Address,
  type Buyer,
  CURRENCY_CODES,
  type CurrencyCode,
  type DocumentAdjustment,
  type DocumentKind,
  EXEMPTION_REASONS,
  type ExemptionReasonCode,
  formatTransactionCode,
  INVOICE_SUBTYPES,
  INVOICE_TYPE_CODES,
  type Invoice,
  type InvoiceLine,
  type InvoiceSubtype,
  type InvoiceTypeCode,
  isCurrencyCode,
  isInvoiceTypeCode,
  isPaymentMeansCode,
  isTaxCategoryCode,
  type LineAdjustment,
  PARTY_ID_SCHEMES,
  PAYMENT_MEANS,
  type PartyIdentification,
  type PartyIdScheme,
  type PaymentMeansCode,
  type Prepayment,
  parseTransactionCode,
  type Seller,
  TAX_CATEGORIES,
  type TaxCategoryCode,
  type TaxExemption,
  TRANSACTION_FLAGS,
  type TransactionCode,
  type TransactionFlag,
  transactionCodeFaults,
} from './model/index.ts';
export {
  addDecimals,
  compareDecimals,
  type Decimal,
  decimal,
  formatDecimal,
  isZeroDecimal,
  multiplyDecimals,
  negateDecimal,
  type RoundingMode,
  roundDecimal,
  subtractDecimals,
  sumDecimals,
} from './money/index.ts';
export {
  type DecodedQr,
  decodeQr,
  type EncodeQrOptions,
  encodeQr,
  QR_MAX_BASE64_LENGTH,
  QR_SAFE_VALUE_LENGTH,
  QR_TAGS,
  type QrFields,
  type QrTag,
} from './qr/index.ts';
export {
  RULES,
  type RuleDefinition,
  type RuleId,
  type RuleSet,
  type ValidateInvoiceOptions,
  validateInvoice,
} from './rules/index.ts';
export {
  canonicalInvoice,
  FIRST_PREVIOUS_INVOICE_HASH,
  formatSigningTime,
  hashInvoice,
  type InvoiceVerification,
  invoiceDigest,
  readInvoiceQr,
  type SignedInvoice,
  type SignInvoiceOptions,
  signInvoice,
  stripSignature,
  VERIFICATION_CODES,
  type VerificationCode,
  type VerificationFinding,
  type VerifyInvoiceOptions,
  verifyInvoice,
} from './signing/index.ts';
export { type BuiltInvoice, buildInvoice, parseInvoice } from './ubl/index.ts';
export {
  CANONICALIZATION_URI,
  type CanonicalizationAlgorithm,
  type CanonicalizeOptions,
  canonicalize,
  NS,
  parseXml,
  readXml,
  serializeXml,
} from './xml/index.ts';
