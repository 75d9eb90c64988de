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
import { type ModelValidationOptions, validateInvoiceModel } from './validate-model.ts';
import { checkWrittenDocument, type RuleSet } from './written-amount-rules.ts';

/** Options of {@link validateInvoice}. */
export interface ValidateInvoiceOptions extends ModelValidationOptions {
  /**
   * Which of ZATCA's rule sets to apply: SDK `238-R3.4.8` (default) forbids price-level charges
   * (BR-KSA-EN16931-06) and warns on simplified documents older than 24 hours (BR-KSA-98);
   * `238-R4.0.0` allows the former and has no BR-KSA-98.
   */
  readonly ruleSet?: RuleSet;
}

/** Rules a rule set does not have. */
const ABSENT: Record<RuleSet, ReadonlySet<string>> = {
  '238-R3.4.8': new Set(),
  '238-R4.0.0': new Set(['BR-KSA-98', 'BR-KSA-EN16931-06']),
};

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
  const ruleSet = options.ruleSet ?? '238-R3.4.8';
  let faults: Fault[];
  if (typeof input === 'string') {
    const document = readInvoiceDocument(input);
    const { faults: written, report } = faultCollector();
    checkWrittenDocument(document, report, ruleSet);
    faults = [...document.faults, ...validateInvoiceModel(document.invoice, options), ...written];
  } else {
    faults = validateInvoiceModel(input, options);
  }
  const seen = new Set<string>();
  return faults.filter((fault) => {
    const key = `${fault.rule}|${fault.path}`;
    if (ABSENT[ruleSet].has(fault.rule) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
