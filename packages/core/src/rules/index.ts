/**
 * ZATCA's rules, checked locally on a model or a document.
 */
export { RULES, type RuleDefinition, type RuleId } from './rule-table.ts';
export { type ValidateInvoiceOptions, validateInvoice } from './validate-invoice.ts';
export type { RuleSet } from './written-amount-rules.ts';
