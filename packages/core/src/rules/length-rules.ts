/**
 * ZATCA's field-length rules (BR-KSA-F-06-Cxx) for the fields an author writes, as one table:
 * each field's path, its rule and its limits, in the contexts ZATCA's files give them
 * (RULE-CONTEXTS.md). ZATCA's rules test the length of any element that is written — an empty
 * one too — so a present string of the wrong length is reported even when another rule already
 * asks for the field; an absent field is reported only by the rules whose test says
 * `not(exists(…)) or …` (C23, C25, C28 on standard documents). Limits from ZATCA's schematrons
 * (SDK 238, Data/Rules/Schematrons). The limits of the invoice number, notes, note reason,
 * billing reference, line id, item name and seller name (C1, C2, C13, C22, C17, C19, C10) are
 * checked with their fields in the other rule files.
 */
import type { Invoice } from '../model/invoice.ts';
import { standardByName } from './ksa-name.ts';
import { itemsOf, type Report, recordOf, textOf } from './report.ts';
import type { RuleId } from './rule-table.ts';

/** One limited field: where it is (relative to its owner), its rule and its limits. */
interface Limit {
  readonly field: string;
  readonly rule: RuleId;
  readonly min: number;
  readonly max: number;
}

const SELLER_ADDRESS: readonly Limit[] = [
  { field: 'street', rule: 'BR-KSA-F-06-C4', min: 1, max: 1000 },
  { field: 'additionalStreet', rule: 'BR-KSA-F-06-C6', min: 0, max: 127 },
  { field: 'city', rule: 'BR-KSA-F-06-C7', min: 1, max: 127 },
  { field: 'countrySubentity', rule: 'BR-KSA-F-06-C8', min: 0, max: 127 },
];

/**
 * The buyer address limits, with the conditions of their ZATCA contexts
 * (20210819_ZATCA_E-invoice_Validation_Rules.xsl R3.4.8 and R4.0.0): C23 and C25 sit in the
 * context `cbc:InvoiceTypeCode[…'01' | …'02']` under `boolean(//*[matches(@name, '01\d{5}')])`
 * and fire on a standard document whose buyer street / city is absent or empty (no maximum for
 * the city: C26 holds it, for every document); C24 is the simplified street maximum; C28 and C29
 * sit in the context `cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country[
 * cbc:IdentificationCode = 'SA']` under the same standard-only test: a Saudi buyer's district.
 */
const buyerAddress = (standard: boolean, simplified: boolean, saudi: boolean): readonly Limit[] => [
  ...(standard ? [{ field: 'street', rule: 'BR-KSA-F-06-C23', min: 1, max: 1000 } as const] : []),
  ...(simplified ? [{ field: 'street', rule: 'BR-KSA-F-06-C24', min: 0, max: 1000 } as const] : []),
  { field: 'additionalStreet', rule: 'BR-KSA-F-06-C11', min: 0, max: 127 },
  ...(standard ? [{ field: 'city', rule: 'BR-KSA-F-06-C25', min: 1, max: Infinity } as const] : []),
  { field: 'city', rule: 'BR-KSA-F-06-C26', min: 0, max: 127 },
  { field: 'countrySubentity', rule: 'BR-KSA-F-06-C27', min: 0, max: 127 },
  ...(standard && saudi
    ? [
        { field: 'citySubdivision', rule: 'BR-KSA-F-06-C28', min: 1, max: Infinity } as const,
        { field: 'citySubdivision', rule: 'BR-KSA-F-06-C29', min: 0, max: 127 } as const,
      ]
    : []),
];

/** Rules that also fire when their field is absent (`not(exists(…)) or …` in ZATCA's test). */
const REQUIRED: ReadonlySet<RuleId> = new Set(['BR-KSA-F-06-C23', 'BR-KSA-F-06-C25', 'BR-KSA-F-06-C28']);

/**
 * Checks the length limits of the seller's and buyer's addresses, the buyer name, exemption
 * reasons, unit codes and allowance/charge reasons.
 *
 * @example
 * ```ts
 * checkLengths({ ...invoice, seller: { ...invoice.seller, address: { ...address, city: '' } } }, report);
 * // BR-KSA-F-06-C7 at seller.address.city
 * ```
 */
export function checkLengths(invoice: Invoice, report: Report): void {
  // ZATCA's `boolean(//*[matches(@name, '01\d{5}')])` (C12, C23, C25, C28, C29) and
  // `boolean(//cbc:InvoiceTypeCode[matches(@name, '02\d{5}')])` (C24, C32): a nine-character
  // simplified code can meet both (ksa-name.ts).
  const standard = standardByName(invoice.transaction);
  // (A subtype outside the table, BR-KSA-06, is measured as the simplified limits, which are the laxer.)
  const simplified = recordOf(invoice.transaction)?.subtype !== 'standard';
  const check = (owner: unknown, limits: readonly Limit[], path: string) => {
    const record = recordOf(owner);
    for (const { field, rule, min, max } of limits) {
      const value = textOf(record?.[field]);
      if (value === undefined ? REQUIRED.has(rule) : value.length < min || value.length > max)
        report(rule, `${path}.${field}`);
    }
  };
  const seller = recordOf(invoice.seller);
  const buyer = recordOf(invoice.buyer);
  const saudiBuyer = recordOf(buyer?.address)?.country === 'SA';
  if (recordOf(seller?.address)) check(seller?.address, SELLER_ADDRESS, 'seller.address');
  // BR-KSA-F-06-C9 (warning; same file, context `cac:AccountingCustomerParty/cac:Party/
  // cac:PostalAddress/cac:Country[cbc:IdentificationCode = 'SA']`): the seller's district
  // (`//cac:AccountingSupplierParty/…/cbc:CitySubdivisionName`) is measured only for a Saudi buyer.
  if (saudiBuyer && recordOf(seller?.address))
    check(
      seller?.address,
      [{ field: 'citySubdivision', rule: 'BR-KSA-F-06-C9', min: 1, max: 127 }],
      'seller.address',
    );
  if (buyer)
    check(
      buyer,
      [
        ...(standard ? [{ field: 'name', rule: 'BR-KSA-F-06-C12', min: 1, max: 1000 } as const] : []),
        ...(simplified ? [{ field: 'name', rule: 'BR-KSA-F-06-C32', min: 0, max: 1000 } as const] : []),
      ],
      'buyer',
    );
  check(buyer?.address, buyerAddress(standard, simplified, saudiBuyer), 'buyer.address');
  itemsOf(invoice.exemptions).forEach((exemption, index) => {
    if (recordOf(exemption))
      check(
        exemption,
        [{ field: 'reason', rule: 'BR-KSA-F-06-C16', min: 1, max: 1000 }],
        `exemptions[${index}]`,
      );
  });
  const reasons = (list: unknown, path: string, rule: RuleId) =>
    itemsOf(list).forEach((entry, index) => {
      if (recordOf(entry)) check(entry, [{ field: 'reason', rule, min: 1, max: 1000 }], `${path}[${index}]`);
    });
  reasons(invoice.allowances, 'allowances', 'BR-KSA-F-06-C35');
  reasons(invoice.charges, 'charges', 'BR-KSA-F-06-C33');
  itemsOf(invoice.lines).forEach((line, index) => {
    const path = `lines[${index}]`;
    const record = recordOf(line);
    if (record) check(line, [{ field: 'unitCode', rule: 'BR-KSA-F-06-C18', min: 0, max: 127 }], path);
    reasons(record?.allowances, `${path}.allowances`, 'BR-KSA-F-06-C36');
    reasons(record?.charges, `${path}.charges`, 'BR-KSA-F-06-C34');
  });
}
