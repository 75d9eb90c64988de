/**
 * The business-rules family: ZATCA's EN 16931 and KSA rules, as core's rule engine
 * (`validateInvoice` from `@fatoora/core/rules`) checks them on the document's XML — every fault,
 * errors and warnings, each under its rule id (`BR-KSA-98`, `BR-CO-15`, …) and the category the
 * platform files it in (`KSA` for BR-KSA rules, `EN_16931` for the others). This is the only place
 * the simulator calls the rule engine. BR-KSA-06 is left to the XSD stage (`document.ts`), which
 * reads KSA-2 itself and accepts the 8- and 9-character forms ZATCA's rule file accepts, where the
 * rule engine takes only seven.
 */
import { FatooraError } from '@fatoora/core/errors';
import { validateInvoice } from '@fatoora/core/rules';
import { error, type ValidationMessage, warning } from './validation-results.ts';

/**
 * The rule faults of a document, as platform messages.
 *
 * @example
 * ```ts
 * checkBusinessRules(invoice.xml, new Date()); // [{ code: 'BR-KSA-98', type: 'WARNING', … }] for a day-old simplified invoice
 * ```
 */
export function checkBusinessRules(xml: string, now: Date): ValidationMessage[] {
  let faults: ReturnType<typeof validateInvoice>;
  try {
    // The platform answers late simplified reports with 202 and warning BR-KSA-98, and files the
    // BR-KSA-F-… rules' `flag="warning"` ones (e.g. BR-KSA-F-08) as warnings
    // (../shared/docs/fatoora-api.md, §5 reporting, the error-code table and §9 Deadlines, citing
    // `../zatca-sdk-data/Data/Rules/Schematrons/`): those are R3.4.8's rule files — R4.0.0 has no
    // BR-KSA-98 — so the simulated platform applies '238-R3.4.8', not the library's default.
    faults = validateInvoice(xml, { now, ruleSet: '238-R3.4.8' });
  } catch (cause) {
    if (!(cause instanceof FatooraError)) throw cause;
    return [error(cause.code, 'XSD validation', cause.message)];
  }
  return faults
    .filter((fault) => fault.rule !== 'BR-KSA-06')
    .map((fault) => {
      const category = fault.rule.startsWith('BR-KSA') ? 'KSA' : 'EN_16931';
      return (fault.severity === 'error' ? error : warning)(fault.rule, category, fault.message);
    });
}
