/**
 * Checks an invoice against ZATCA's rules before anything is built or sent — a typed model, or a
 * document as XML text — returning every fault with its rule id, severity, the model path of the
 * offending field, and a message. It is pure (given `now`) and runs in the browser, so a form can
 * show faults as the user types.
 */
import type { Fault } from '../errors/validation-error.ts';
import type { Invoice } from '../model/invoice.ts';
import { readInvoiceDocument } from '../ubl/read-invoice.ts';
import { faultCollector } from './report.ts';
import { ruleSetProfile } from './rule-sets.ts';
import type { RuleId } from './rule-table.ts';
import { type ModelValidationOptions, validateInvoiceModel } from './validate-model.ts';
import { checkWrittenDocument } from './written-amount-rules.ts';

/** Options of {@link validateInvoice}. */
export type ValidateInvoiceOptions = ModelValidationOptions;

/**
 * Every fault of an invoice (an empty list when every checked rule passes; warnings never fail
 * a document). Paths name model fields (`lines[2].taxRate`); for XML input, written amounts the
 * model does not hold are named `totals.…` and `lines[i].netAmount`/`vatAmount`/`amountWithVat`.
 *
 * @throws {XmlError} when XML text is not well-formed or is not a UBL Invoice.
 * @example
 * ```ts
 * validateInvoice({ ...invoice, seller: { ...invoice.seller, vatNumber: '123' } });
 * // [{ rule: 'BR-KSA-40', severity: 'error', path: 'seller.vatNumber', message: '…' }]
 * validateInvoice(signedXml).filter((fault) => fault.severity === 'error'); // []
 * ```
 */
export function validateInvoice(input: Invoice | string, options: ValidateInvoiceOptions = {}): Fault[] {
  const profile = ruleSetProfile(options.ruleSet);
  let faults: Fault[];
  if (typeof input === 'string') {
    const document = readInvoiceDocument(input);
    const { faults: written, report } = faultCollector(profile);
    checkWrittenDocument(document, report, profile);
    faults = [...document.faults, ...validateInvoiceModel(document.invoice, options), ...written];
  } else {
    faults = validateInvoiceModel(input, options);
  }
  const seen = new Set<string>();
  return faults.flatMap((fault) => {
    const key = `${fault.rule}|${fault.path}`;
    if (profile.absent.has(fault.rule as RuleId) || seen.has(key)) return [];
    seen.add(key);
    const severity = profile.severity[fault.rule as RuleId];
    return [severity === undefined ? fault : { ...fault, severity }];
  });
}
