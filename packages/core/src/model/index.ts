/**
 * The invoice model's code tables and typed fields (growing with the invoice-model issue).
 */
export {
  type DocumentKind,
  INVOICE_SUBTYPES,
  INVOICE_TYPE_CODES,
  type InvoiceSubtype,
  type InvoiceTypeCode,
  isInvoiceTypeCode,
} from './document-types.ts';
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
  type Seller,
  type TaxExemption,
} from './invoice.ts';
export {
  EXEMPTION_REASONS,
  type ExemptionReasonCode,
  isTaxCategoryCode,
  TAX_CATEGORIES,
  type TaxCategoryCode,
} from './tax-categories.ts';
export {
  formatTransactionCode,
  parseTransactionCode,
  TRANSACTION_FLAGS,
  type TransactionCode,
  type TransactionFlag,
  transactionCodeFaults,
} from './transaction-code.ts';
