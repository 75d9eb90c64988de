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
  formatTransactionCode,
  parseTransactionCode,
  TRANSACTION_FLAGS,
  type TransactionCode,
  type TransactionFlag,
  transactionCodeFaults,
} from './transaction-code.ts';
