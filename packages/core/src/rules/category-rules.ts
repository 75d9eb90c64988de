/**
 * The VAT category and rate rules, in one table per place a category appears: invoice lines
 * (BR-S-05, BR-Z-05, BR-E-05, BR-KSA-11), document allowances (BR-S-06, BR-Z-06, BR-E-06,
 * BR-KSA-12), document charges (BR-S-07, BR-Z-07, BR-E-07, BR-KSA-13), prepayments
 * (BR-KSA-76/77/78) and VAT breakdowns; plus BR-KSA-84 (a standard rate is 5 or 15 everywhere),
 * BR-KSA-DEC-02 (rate syntax), BR-KSA-18 (ZATCA's categories S, Z, E, O) and BR-CL-18 (EN 16931's).
 */
import { isTaxCategoryCode, type TaxCategoryCode } from '../model/tax-categories.ts';
import { compareDecimals, decimal } from '../money/decimal.ts';
import type { Report } from './report.ts';
import type { RuleId } from './rule-table.ts';

/** Where a category appears. */
export type CategoryPlace = 'line' | 'allowance' | 'charge' | 'prepayment' | 'breakdown';

/** For each place: the rule a non-zero rate breaks in Z, E, O, and a zero rate in S. */
const RATE_RULES: Record<CategoryPlace, Partial<Record<TaxCategoryCode, RuleId>>> = {
  line: { S: 'BR-S-05', Z: 'BR-Z-05', E: 'BR-E-05', O: 'BR-KSA-11' },
  allowance: { S: 'BR-S-06', Z: 'BR-Z-06', E: 'BR-E-06', O: 'BR-KSA-12' },
  charge: { S: 'BR-S-07', Z: 'BR-Z-07', E: 'BR-E-07', O: 'BR-KSA-13' },
  prepayment: { Z: 'BR-KSA-76', E: 'BR-KSA-77', O: 'BR-KSA-78' },
  breakdown: {},
};

/** The rule a missing category breaks, per place. */
const MISSING_CATEGORY: Record<CategoryPlace, RuleId> = {
  line: 'BR-CO-04',
  allowance: 'BR-32',
  charge: 'BR-37',
  prepayment: 'BR-KSA-73',
  breakdown: 'BR-CL-18',
};

/**
 * BR-CL-18 (CEN-EN16931-UBL.xsl, R3.4.8 and R4.0.0): a category id must be one of
 * `' AE L M E S Z G O K B '` (normalize-space'd, no inner space). ZATCA's own BR-KSA-18 (error)
 * narrows it to `contains(' S Z E O ', .)`, so `K` breaks BR-KSA-18 alone, `X` both.
 */
const EN16931_CATEGORIES = new Set(['AE', 'L', 'M', 'E', 'S', 'Z', 'G', 'O', 'K', 'B']);

const RATE_TEXT = /^(100(\.0{1,2})?|[0-9]{1,2}(\.[0-9]{1,2})?)$/;

/** Checks one category and rate at `path` (`path.taxCategory`, `path.taxRate`). */
export function checkCategory(
  place: CategoryPlace,
  category: unknown,
  rate: unknown,
  path: string,
  report: Report,
): void {
  if (category === undefined || category === null || category === '') {
    report(MISSING_CATEGORY[place], `${path}.taxCategory`);
    return;
  }
  if (!isTaxCategoryCode(category)) {
    report(
      'BR-KSA-18',
      `${path}.taxCategory`,
      `The VAT category must be S, Z, E or O, got ${JSON.stringify(category)}.`,
    ); // BR-KSA-18
    const text = typeof category === 'string' ? category.trim() : '';
    if (!EN16931_CATEGORIES.has(text)) report('BR-CL-18', `${path}.taxCategory`); // BR-CL-18
    return;
  }
  const rateText = typeof rate === 'string' ? rate : undefined;
  if (rateText === undefined || !RATE_TEXT.test(rateText)) {
    report('BR-KSA-DEC-02', `${path}.taxRate`);
    return;
  }
  const value = decimal(rateText);
  const zero = value.coefficient === 0n;
  const rule = RATE_RULES[place][category];
  if (category === 'S') {
    if (zero && rule) report(rule, `${path}.taxRate`);
    // BR-KSA-84 (error; 20210819_ZATCA_E-invoice_Validation_Rules.xsl R3.4.8 and R4.0.0, context
    // the S categories of adjustments, breakdowns and lines): `exists(./cbc:Percent) and
    // not(floor(number(./cbc:Percent)) = 15 or floor(number(./cbc:Percent = 5)))` — any rate whose
    // whole part is 15 (15.50 too), or exactly 5.
    const five = compareDecimals(value, decimal('5')) === 0;
    const fifteen = compareDecimals(value, decimal('15')) >= 0 && compareDecimals(value, decimal('16')) < 0;
    if (!five && !fifteen) report('BR-KSA-84', `${path}.taxRate`);
  } else if (!zero && rule) {
    report(rule, `${path}.taxRate`);
  }
}
