/**
 * Validates a typed invoice model: its shape (every field of the right type), then every rule
 * family in turn (header, parties, lines and
 * adjustments, prepayments, exemptions), then the tax engine, which must be able to compute
 * every amount, and the amounts it computes (BR-KSA-F-04: none that ZATCA checks is negative).
 * Wrongly typed input becomes faults with paths, never an exception.
 */
import { computeInvoiceTotals, type InvoiceModelTotals } from '../calc/invoice-totals.ts';
import { InputError } from '../errors/input-error.ts';
import type { Fault } from '../errors/validation-error.ts';
import type { Invoice } from '../model/invoice.ts';
import { withoutNulls } from '../model/without-nulls.ts';
import { checkComputedAmounts } from './computed-amount-rules.ts';
import { checkExemptions } from './exemption-rules.ts';
import { type ClockOptions, checkHeader } from './header-rules.ts';
import { checkLengths } from './length-rules.ts';
import { checkDocumentAdjustments, checkLines, checkPrepayments } from './line-rules.ts';
import { checkBuyer, checkSeller } from './party-rules.ts';
import { checkReasonCodes } from './reason-code-rules.ts';
import { faultCollector, recordOf } from './report.ts';
import { type RuleSet, ruleSetProfile } from './rule-sets.ts';
import { checkShape } from './shape-rules.ts';

/** Options of the model validator. */
export interface ModelValidationOptions extends ClockOptions {
  /**
   * Which of ZATCA's rule sets to apply (rule-sets.ts): `238-R4.0.0`, the newest, by default;
   * `238-R3.4.8` forbids price-level charges (BR-KSA-EN16931-06), warns on simplified documents
   * reported more than 24 hours after their issue (BR-KSA-98), makes a malformed date an error
   * (BR-KSA-F-01), allows simplified export documents (BR-KSA-31), asks item names of 3
   * characters or more (BR-KSA-F-06-C19), and accepts KSA-2 codes of 8 and 9 characters
   * (BR-KSA-06: continuous supply, B2G) with a contract ID on B2G documents (BR-KSA-92).
   * RULE-CONTEXTS.md lists every difference.
   */
  readonly ruleSet?: RuleSet;
}

/**
 * Every fault of a typed invoice model.
 *
 * @example
 * ```ts
 * validateInvoiceModel({ ...invoice, lines: [] }); // [{ rule: 'BR-16', path: 'lines', … }]
 * ```
 */
export function validateInvoiceModel(input: Invoice, options: ModelValidationOptions = {}): Fault[] {
  // A null field is an absent one (models often come from JSON).
  return checkInvoiceModel(withoutNulls(input), options).faults;
}

/**
 * The faults of a model that has no `null` fields, and — when it has no error — the totals the
 * tax engine computed for it, so that the builder does not compute them twice.
 *
 * @example
 * ```ts
 * const { faults, totals } = checkInvoiceModel(withoutNulls(invoice));
 * ```
 */
export function checkInvoiceModel(
  invoice: Invoice,
  options: ModelValidationOptions = {},
): { readonly faults: Fault[]; readonly totals?: InvoiceModelTotals } {
  const profile = ruleSetProfile(options.ruleSet);
  const { faults, report } = faultCollector(profile);
  if (!recordOf(invoice)) {
    report('model-type', '', 'An invoice must be an object.');
    return { faults };
  }
  checkShape(invoice, report);
  checkHeader(invoice, report, options, profile);
  checkSeller(invoice, report, profile);
  checkBuyer(invoice, report, profile);
  checkLines(invoice, report, profile);
  checkDocumentAdjustments(invoice, report);
  checkReasonCodes(invoice, report);
  checkPrepayments(invoice, report);
  checkExemptions(invoice, report, profile);
  checkLengths(invoice, report);
  if (faults.some((fault) => fault.severity === 'error')) return { faults };
  try {
    const totals = computeInvoiceTotals(invoice);
    checkComputedAmounts(totals, report);
    if (faults.some((fault) => fault.severity === 'error')) return { faults };
    return { faults, totals };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report('decimal-format', error.field, error.message);
    return { faults };
  }
}
