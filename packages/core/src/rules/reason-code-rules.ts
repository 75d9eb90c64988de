/**
 * Rules on the reason codes of allowances and charges, on the document (BG-20/BG-21) and on lines
 * (BG-27/BG-28): every charge should carry one (BR-KSA-19 on the document, BR-KSA-20 on a line,
 * warnings in ZATCA's rule file), a charge's code must be in ZATCA's UNTDID 7161 list
 * (BR-KSA-CL-06) and an allowance's in EN 16931's UNTDID 5189 list (BR-CL-19). A wrongly typed
 * code is the shape check's (`model-type`); here only text codes are checked against the tables.
 */
import { isAllowanceReasonCode } from '../model/allowance-reasons.ts';
import { isChargeReasonCode } from '../model/charge-reasons.ts';
import type { Invoice } from '../model/invoice.ts';
import { filled, itemsOf, type Report, recordOf, textOf } from './report.ts';

/**
 * Checks the reason code of every document and line allowance and charge.
 *
 * @throws never: a malformed model becomes faults.
 * @example
 * ```ts
 * checkReasonCodes({ ...invoice, charges: [{ amount: '5.00', taxCategory: 'S', taxRate: '15' }] }, report);
 * // BR-KSA-19 at charges[0].reasonCode
 * ```
 */
export function checkReasonCodes(invoice: Invoice, report: Report): void {
  itemsOf(invoice.allowances).forEach((value, index) => {
    checkAllowance(value, `allowances[${index}]`, report);
  });
  itemsOf(invoice.charges).forEach((value, index) => {
    checkCharge(value, `charges[${index}]`, 'BR-KSA-19', report);
  });
  itemsOf(invoice.lines).forEach((value, index) => {
    const line = recordOf(value);
    if (!line) return; // its type is reported by the shape check
    itemsOf(line.allowances).forEach((adjustment, at) => {
      checkAllowance(adjustment, `lines[${index}].allowances[${at}]`, report);
    });
    itemsOf(line.charges).forEach((adjustment, at) => {
      checkCharge(adjustment, `lines[${index}].charges[${at}]`, 'BR-KSA-20', report);
    });
  });
}

function checkAllowance(value: unknown, path: string, report: Report): void {
  const code = textOf(recordOf(value)?.reasonCode);
  // BR-CL-19: an allowance's code is optional, but when given it must be one of UNTDID 5189's.
  if (code !== undefined && !isAllowanceReasonCode(code)) report('BR-CL-19', `${path}.reasonCode`);
}

function checkCharge(value: unknown, path: string, missing: 'BR-KSA-19' | 'BR-KSA-20', report: Report): void {
  const adjustment = recordOf(value);
  if (!adjustment) return; // its type is reported by the shape check
  const code = adjustment.reasonCode;
  // BR-KSA-19 / BR-KSA-20: `exists(cbc:AllowanceChargeReasonCode) and normalize-space(…) != ''`.
  if (code === undefined || (typeof code === 'string' && !filled(code))) {
    report(missing, `${path}.reasonCode`);
    return;
  }
  // BR-KSA-CL-06: the code must be one of UNTDID 7161's as ZATCA lists them.
  if (typeof code === 'string' && !isChargeReasonCode(code)) report('BR-KSA-CL-06', `${path}.reasonCode`);
}
