/**
 * ZATCA's rules, checked locally on a model or a document.
 *
 * @module @fatoora/core/rules
 */

export { DEFAULT_RULE_SET, RULE_SETS, type RuleSet } from './rule-sets.ts';
export { RULES, type RuleDefinition, type RuleId } from './rule-table.ts';
export { type ValidateInvoiceOptions, validateInvoice } from './validate-invoice.ts';
