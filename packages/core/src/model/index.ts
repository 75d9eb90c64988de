/**
 * The invoice model: the typed invoice and draft, the code tables its union types derive from,
 * and the platform's own tables — the Fatoora environments and the six document kinds — each
 * defined once here and read by the client, the CSR code, the EGS unit, the simulator and the
 * React kit.
 *
 * @module @fatoora/core/model
 */
export {
  ALLOWANCE_REASONS,
  type AllowanceReasonCode,
  isAllowanceReasonCode,
} from './allowance-reasons.ts';
export { CHARGE_REASONS, type ChargeReasonCode, isChargeReasonCode } from './charge-reasons.ts';
export { CURRENCY_CODES, type CurrencyCode, isCurrencyCode } from './currencies.ts';
export { DEVELOPER_PORTAL_CSID } from './developer-portal-csid.ts';
export {
  type ComplianceDocumentKind,
  complianceKindOf,
  DOCUMENT_KINDS,
  documentKindOf,
  enabledDocumentKinds,
  enabledSubtypes,
  type SubmissionRoute,
  submissionRouteOf,
} from './document-kinds.ts';
export {
  type DocumentKind,
  INVOICE_SUBTYPES,
  INVOICE_TYPE_CODES,
  type InvoiceSubtype,
  type InvoiceTypeCode,
  isInvoiceTypeCode,
} from './document-types.ts';
export { ENVIRONMENTS, type FatooraEnvironment, isFatooraEnvironment } from './environments.ts';
export {
  type Address,
  type Buyer,
  type DocumentAdjustment,
  type Invoice,
  type InvoiceLine,
  type LineAdjustment,
  PARTY_ID_SCHEMES,
  type PartyIdentification,
  type PartyIdScheme,
  type Prepayment,
  type Seller,
  type TaxExemption,
} from './invoice.ts';
export { type AssignedValues, completeDraft, type InvoiceDraft } from './invoice-draft.ts';
export { isPaymentMeansCode, PAYMENT_MEANS, type PaymentMeansCode } from './payment-means.ts';
export { saudiDateTime, saudiInstant } from './saudi-time.ts';
export {
  EXEMPTION_REASONS,
  type ExemptionReasonCode,
  isTaxCategoryCode,
  TAX_CATEGORIES,
  type TaxCategoryCode,
} from './tax-categories.ts';
export {
  formatTransactionCode,
  type OptionalTransactionFlag,
  parseTransactionCode,
  TRANSACTION_FLAGS,
  type TransactionCode,
  type TransactionFlag,
  transactionCodeFaults,
} from './transaction-code.ts';
