/**
 * Local validation of ZATCA's rules on the typed invoice, with the rule table as data.
 */
export { RULES, type RuleDefinition, type RuleId } from './rule-table.ts';
export { validateInvoice } from './validate-invoice.ts';
