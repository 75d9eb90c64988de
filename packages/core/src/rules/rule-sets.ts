/**
 * ZATCA's rule sets as data: the two bundles of rule files we check against (SDK `238-R3.4.8`
 * and the later-numbered `238-R4.0.0`, each a `CEN-EN16931-UBL.xsl` and a
 * `20210819_ZATCA_E-invoice_Validation_Rules.xsl`), and how they differ for the rules of our table
 * — rules one set lacks, severities that differ, and conditions that differ. Every ruleSet-
 * dependent check reads this one record; RULE-CONTEXTS.md beside it cites each difference.
 */
import type { RuleId } from './rule-table.ts';

/** The rule sets, newest first. */
export const RULE_SETS = ['238-R4.0.0', '238-R3.4.8'] as const;

/** Which of ZATCA's rule sets to apply. */
export type RuleSet = (typeof RULE_SETS)[number];

/** The rule set `validateInvoice` applies unless told otherwise: the newest. */
export const DEFAULT_RULE_SET: RuleSet = '238-R4.0.0';

/** How one rule set differs from the rule table (whose severities are R3.4.8's). */
export interface RuleSetProfile {
  /** Rules of the table this set does not have (or has with a test that cannot fail). */
  readonly absent: ReadonlySet<RuleId>;
  /** Rules whose `flag` differs from the table's severity. */
  readonly severity: Readonly<Partial<Record<RuleId, 'error' | 'warning'>>>;
  /** BR-KSA-08 and BR-KSA-14 also require an alphanumeric id value (`matches(., '^[a-zA-Z0-9]*$')`). */
  readonly partyIdAlphanumeric: boolean;
  /** BR-KSA-31 forbids export (KSA-2 position 5) on simplified documents, not only self-billing. */
  readonly simplifiedExportForbidden: boolean;
  /** BR-KSA-F-06-C19: the least length of an item name (BT-153). */
  readonly itemNameMinLength: number;
  /** BR-KSA-81 is evaluated in the context `cac:AccountingCustomerParty/cac:Party`, so only with a buyer. */
  readonly buyerOtherIdNeedsBuyer: boolean;
  /** BR-KSA-CL-04: the reason codes a category accepts (` VATEX-SA-32 … ` in ZATCA's test). */
  readonly exemptionReasonCodes: Readonly<Record<'Z' | 'E' | 'O', ReadonlySet<string>>>;
  /** BR-KSA-06: the lengths of KSA-2 (`string-length(@name)`) the rule set accepts. */
  readonly transactionCodeLengths: ReadonlySet<number>;
}

/** BR-KSA-CL-04's lists in R4.0.0's file; R3.4.8's adds two zero-rating codes. */
const ZERO_RATED_CODES = [
  ...['VATEX-SA-32', 'VATEX-SA-33', 'VATEX-SA-34-1', 'VATEX-SA-34-2', 'VATEX-SA-34-3', 'VATEX-SA-34-4'],
  ...['VATEX-SA-34-5', 'VATEX-SA-35', 'VATEX-SA-36', 'VATEX-SA-EDU', 'VATEX-SA-HEA', 'VATEX-SA-MLTRY'],
  ...['VATEX-SA-DIPLOMAT', 'VATEX-SA-DUTYFREE'],
];
const EXEMPT_CODES = new Set(['VATEX-SA-29', 'VATEX-SA-29-7', 'VATEX-SA-30']);
const OUT_OF_SCOPE_CODES = new Set(['VATEX-SA-OOS']);

/** Every rule set's differences. */
export const RULE_SET_PROFILES: Readonly<Record<RuleSet, RuleSetProfile>> = {
  '238-R3.4.8': {
    absent: new Set(),
    severity: {},
    // BR-KSA-08 (context `/ubl:Invoice`) and BR-KSA-14 test only the scheme in R3.4.8.
    partyIdAlphanumeric: false,
    // BR-KSA-31 (context `cbc:InvoiceTypeCode[substring(@name, 1, 2) = '02']`): only position 7 = 0.
    simplifiedExportForbidden: false,
    itemNameMinLength: 3,
    // BR-KSA-81's context is `/ubl:Invoice`: it fires on a standard document without any buyer.
    buyerOtherIdNeedsBuyer: false,
    exemptionReasonCodes: {
      Z: new Set([...ZERO_RATED_CODES, 'VATEX-SA-ROYALDECREE', 'VATEX-SA-32(bis)']),
      E: EXEMPT_CODES,
      O: OUT_OF_SCOPE_CODES,
    },
    // BR-KSA-06 (context `cbc:InvoiceTypeCode`): `string-length(@name) = 7`, `= 9` or `= 8`
    // (NNPNESB, NNPNESBCG, NNPNESBC), each of 0/1 flags after '01' or '02'.
    transactionCodeLengths: new Set([7, 8, 9]),
  },
  '238-R4.0.0': {
    // BR-KSA-98 is not in R4.0.0's KSA file; its BR-KSA-EN16931-06 tests
    // `not(cbc:ChargeIndicator = false() or cbc:ChargeIndicator = true())`, which a valid
    // document never breaks: price-level charges are allowed.
    // Its BR-KSA-92 is another rule (a buyer `CompanyLegalForm` asks for `cbc:TaxPointDate`, a
    // warning, on standard documents) over fields the model does not hold: R3.4.8's BR-KSA-92
    // (a B2G document names its contract) is absent.
    absent: new Set<RuleId>(['BR-KSA-98', 'BR-KSA-EN16931-06', 'BR-KSA-92']),
    // BR-KSA-F-01 (dates) is `flag="warning"` in R4.0.0.
    severity: { 'BR-KSA-F-01': 'warning' },
    partyIdAlphanumeric: true,
    simplifiedExportForbidden: true,
    itemNameMinLength: 1,
    buyerOtherIdNeedsBuyer: true,
    exemptionReasonCodes: { Z: new Set(ZERO_RATED_CODES), E: EXEMPT_CODES, O: OUT_OF_SCOPE_CODES },
    // BR-KSA-06: `((string-length(@name))= 7) and …` only — no positions 8 and 9.
    transactionCodeLengths: new Set([7]),
  },
};

/**
 * The profile of a rule set (the default one when none is given).
 *
 * @throws never.
 * @example
 * ```ts
 * ruleSetProfile('238-R3.4.8').absent.has('BR-KSA-98'); // false
 * ruleSetProfile().severity['BR-KSA-F-01']; // 'warning' (R4.0.0)
 * ```
 */
export function ruleSetProfile(ruleSet: RuleSet = DEFAULT_RULE_SET): RuleSetProfile {
  return RULE_SET_PROFILES[ruleSet];
}
