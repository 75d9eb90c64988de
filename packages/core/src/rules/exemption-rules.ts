/**
 * Exemption rules: every Z, E or O category the document uses needs a reason code (BR-KSA-69
 * zero-rated, BR-KSA-23 exempt, BR-KSA-24 out of scope) from that category's list
 * (BR-KSA-CL-04) and a reason text (BR-KSA-83); S takes none (BR-S-10); and the education and
 * healthcare reasons need the buyer's name and national ID (BR-KSA-25, BR-KSA-49).
 */
import type { Invoice } from '../model/invoice.ts';
import { EXEMPTION_REASONS, isTaxCategoryCode, type TaxCategoryCode } from '../model/tax-categories.ts';
import { filled, itemsOf, type Report, recordOf } from './report.ts';
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
export function checkExemptions(invoice: Invoice, report: Report): void {
  const exemptions = itemsOf(invoice.exemptions).map((value) => recordOf(value) ?? {});
  exemptions.forEach((exemption, index) => {
    if (exemption.taxCategory === 'S') report('BR-S-10', `exemptions[${index}]`);
  });
  for (const category of usedCategories(invoice)) {
    const rule = CODE_RULE[category];
    if (!rule) continue;
    const index = exemptions.findIndex((exemption) => exemption.taxCategory === category);
    const path = index < 0 ? 'exemptions' : `exemptions[${index}]`;
    const exemption = exemptions[index];
    const code = exemption?.reasonCode;
    const codeText = typeof code === 'string' ? code.trim() : '';
    // BR-KSA-69/23/24 (warnings; context `ubl:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory`
    // of Z/E/O): `not(exists(cbc:TaxExemptionReasonCode) and normalize-space(cbc:TaxExemptionReasonCode) != '')`
    // — they ask for a code, any code; which codes a category takes is BR-KSA-CL-04's business.
    if (codeText === '') {
      report(rule, index < 0 ? path : `${path}.reasonCode`, `${category}: ${messageFor(rule)}`);
    } else if (
      // BR-KSA-CL-04 (warning, same context): the code is one of the category's list in ZATCA's
      // file — `normalize-space(cbc:ID) = 'Z' and contains(' VATEX-SA-32 … VATEX-SA-MLTRY … ', …)`.
      !(
        Object.hasOwn(EXEMPTION_REASONS, codeText) &&
        EXEMPTION_REASONS[codeText as keyof typeof EXEMPTION_REASONS].category === category
      )
    ) {
      report('BR-KSA-CL-04', `${path}.reasonCode`, `${category}: ${JSON.stringify(code)} ${CL04_MESSAGE}`);
    }
    if (!filled(exemption?.reason)) report('BR-KSA-83', index < 0 ? path : `${path}.reason`);
    if (code === 'VATEX-SA-EDU' || code === 'VATEX-SA-HEA') {
      const buyer = recordOf(invoice.buyer);
      if (!filled(buyer?.name)) report('BR-KSA-25', 'buyer.name');
      if (recordOf(buyer?.identification)?.scheme !== 'NAT') report('BR-KSA-49', 'buyer.identification');
    }
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
