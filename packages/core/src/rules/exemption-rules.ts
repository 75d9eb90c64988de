/**
 * Exemption rules: every Z, E or O category the document uses needs a reason code (BR-KSA-69
 * zero-rated, BR-KSA-23 exempt, BR-KSA-24 out of scope) from that category's list
 * (BR-KSA-CL-04) and a reason text (BR-KSA-83); S takes none (BR-S-10); and the education and
 * healthcare reasons need the buyer's name and national ID (BR-KSA-25, BR-KSA-49).
 */
import type { Invoice } from '../model/invoice.ts';
import { isTaxCategoryCode, type TaxCategoryCode } from '../model/tax-categories.ts';
import { filled, itemsOf, type Report, recordOf } from './report.ts';
import type { RuleSetProfile } from './rule-sets.ts';
import type { RuleId } from './rule-table.ts';

const CODE_RULE: Partial<Record<TaxCategoryCode, RuleId>> = {
  Z: 'BR-KSA-69',
  E: 'BR-KSA-23',
  O: 'BR-KSA-24',
};

/** The categories the document's lines, adjustments and prepayments use. */
function usedCategories(invoice: Invoice): Set<TaxCategoryCode> {
  const used = new Set<TaxCategoryCode>();
  for (const name of ['lines', 'allowances', 'charges', 'prepayments'] as const) {
    for (const item of Array.isArray(invoice[name]) ? (invoice[name] as unknown[]) : []) {
      const category = recordOf(item)?.taxCategory;
      if (isTaxCategoryCode(category)) used.add(category);
    }
  }
  return used;
}

/** Checks the exemption reasons. */
export function checkExemptions(invoice: Invoice, report: Report, profile: RuleSetProfile): void {
  const exemptions = itemsOf(invoice.exemptions).map((value) => recordOf(value) ?? {});
  exemptions.forEach((exemption, index) => {
    if (exemption.taxCategory === 'S') report('BR-S-10', `exemptions[${index}]`);
  });
  const writtenCodes: unknown[] = [];
  for (const category of usedCategories(invoice)) {
    const rule = CODE_RULE[category];
    if (!rule) continue;
    const index = exemptions.findIndex((exemption) => exemption.taxCategory === category);
    const path = index < 0 ? 'exemptions' : `exemptions[${index}]`;
    const exemption = exemptions[index];
    const code = exemption?.reasonCode;
    if (code !== undefined) writtenCodes.push(code);
    const codeText = typeof code === 'string' ? code.trim() : '';
    // BR-KSA-69/23/24 (warnings; context `ubl:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory`
    // of Z/E/O): `not(exists(cbc:TaxExemptionReasonCode) and normalize-space(cbc:TaxExemptionReasonCode) != '')`
    // — they ask for a code, any code; which codes a category takes is BR-KSA-CL-04's business.
    if (codeText === '') {
      report(rule, index < 0 ? path : `${path}.reasonCode`, `${category}: ${messageFor(rule)}`);
    } else if (
      // BR-KSA-CL-04 (warning, same context): the code is one of the category's list in ZATCA's
      // file — `normalize-space(cbc:ID) = 'Z' and contains(' VATEX-SA-32 … VATEX-SA-DUTYFREE ', …)`;
      // R3.4.8's Z list also has VATEX-SA-ROYALDECREE and VATEX-SA-32(bis) (rule-sets.ts).
      !profile.exemptionReasonCodes[category as 'Z' | 'E' | 'O'].has(codeText)
    ) {
      report('BR-KSA-CL-04', `${path}.reasonCode`, `${category}: ${JSON.stringify(code)} ${CL04_MESSAGE}`);
    }
    // BR-KSA-83 (warning; 20210819_ZATCA_E-invoice_Validation_Rules.xsl R3.4.8 and R4.0.0, same
    // context): under `exists(cbc:TaxExemptionReasonCode)`, a non-blank `cbc:TaxExemptionReason`.
    if (code !== undefined && !filled(exemption?.reason)) report('BR-KSA-83', `${path}.reason`);
    // BR-KSA-49 (error; context `cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[cbc:TaxExemptionReasonCode
    // = 'VATEX-SA-EDU'] | …'VATEX-SA-HEA']`): the buyer's other id has scheme NAT. The context
    // compares the code as written, untrimmed (the reader keeps it so): `VATEX-SA-HEA ` is not in it.
    if (code === 'VATEX-SA-EDU' || code === 'VATEX-SA-HEA') {
      const buyer = recordOf(invoice.buyer);
      if (recordOf(buyer?.identification)?.scheme !== 'NAT') report('BR-KSA-49', 'buyer.identification');
    }
  }
  // BR-KSA-25 (warning; same file, R3.4.8 and R4.0.0, context `cbc:InvoiceTypeCode[substring(@name,
  // 1, 2) = '02']`): on a simplified document whose every exemption reason code is VATEX-SA-HEA or
  // VATEX-SA-EDU (`every $taxreasoncode in //…/cbc:TaxExemptionReasonCode satisfies contains(' VATEX-SA-HEA
  // VATEX-SA-EDU ', $taxreasoncode)`, with at least one code), the buyer's name is present and not empty.
  const simplified = recordOf(invoice.transaction)?.subtype === 'simplified';
  const healthOrEducation = (code: unknown) =>
    typeof code === 'string' && ' VATEX-SA-HEA VATEX-SA-EDU '.includes(code);
  const buyerName = recordOf(invoice.buyer)?.name;
  if (
    simplified &&
    writtenCodes.length > 0 &&
    writtenCodes.every(healthOrEducation) &&
    (typeof buyerName !== 'string' || buyerName === '')
  ) {
    report('BR-KSA-25', 'buyer.name');
  }
}

const CL04_MESSAGE = 'is not one of this category’s reason codes (VATEX-SA-…).';

function messageFor(rule: RuleId): string {
  return rule === 'BR-KSA-69'
    ? 'a zero-rated category needs a zero-rating reason code (VATEX-SA-32 … VATEX-SA-MLTRY).'
    : rule === 'BR-KSA-23'
      ? 'an exempt category needs reason code VATEX-SA-29, VATEX-SA-29-7 or VATEX-SA-30.'
      : 'an out-of-scope category needs its exception reason code (VATEX-SA-OOS).';
}
