/**
 * Validates a typed invoice model: every rule family in turn (header, parties, lines and
 * adjustments, prepayments, exemptions), then the tax engine, which must be able to compute
 * every amount. Wrongly typed input becomes faults with paths, never an exception.
 */
import { computeInvoiceTotals } from '../calc/invoice-totals.ts';
import { InputError } from '../errors/input-error.ts';
import type { Fault } from '../errors/validation-error.ts';
import type { Invoice } from '../model/invoice.ts';
import { checkExemptions } from './exemption-rules.ts';
import { type ClockOptions, checkHeader } from './header-rules.ts';
import { checkDocumentAdjustments, checkLines, checkPrepayments } from './line-rules.ts';
import { checkBuyer, checkSeller } from './party-rules.ts';
import { faultCollector, recordOf } from './report.ts';

/** Options of the model validator. */
export type ModelValidationOptions = ClockOptions;

/**
 * Every fault of a typed invoice model.
 *
 * @example
 * ```ts
 * validateInvoiceModel({ ...invoice, lines: [] }); // [{ rule: 'BR-16', path: 'lines', … }]
 * ```
 */
export function validateInvoiceModel(invoice: Invoice, options: ModelValidationOptions = {}): Fault[] {
  const { faults, report } = faultCollector();
  if (!recordOf(invoice)) {
    report('model-type', '', 'An invoice must be an object.');
    return faults;
  }
  checkHeader(invoice, report, options);
  checkSeller(invoice, report);
  checkBuyer(invoice, report);
  checkLines(invoice, report);
  checkDocumentAdjustments(invoice, report);
  checkPrepayments(invoice, report);
  checkExemptions(invoice, report);
  if (!faults.some((fault) => fault.severity === 'error')) {
    try {
      computeInvoiceTotals(invoice);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      report('decimal-format', error.field, error.message);
    }
  }
  return faults;
}
