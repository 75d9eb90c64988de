/**
 * Every rule the validator claims to check can fire (issue 10, §2): for each id of the rule table,
 * a minimal corruption of a valid base document — a model, or its XML where only a document from
 * another EGS can break the rule — that breaks that rule and no other error rule beyond the ones
 * named with it. A rule id without a case, a case that does not fire, or an unexpected error fails.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_BUYER, sixKinds } from '../../test/support/scenarios.ts';
import type { Invoice } from '../model/invoice.ts';
import { buildInvoice } from '../pipeline/build-invoice.ts';
import type { RuleSet } from './rule-sets.ts';
import { RULES, type RuleId } from './rule-table.ts';
import { validateInvoice } from './validate-invoice.ts';

/** The corpus's issue moment, so the clock rules hold still. */
const now = new Date('2024-05-01T12:00:00+03:00');

/** Standard tax invoice (388): three S lines, a document allowance, a Saudi buyer with VAT number. */
const standard = sixKinds[0]!;
const creditNote = sixKinds[1]!;
/** Simplified tax invoice (388), no buyer. */
const simplified = sixKinds[3]!;

const line0 = standard.lines[0]!;
const long = (length: number) => 'x'.repeat(length);
const withSeller = (seller: Partial<Invoice['seller']>): Invoice => ({
  ...standard,
  seller: { ...standard.seller, ...seller },
});
const withSellerAddress = (address: Partial<Invoice['seller']['address']>): Invoice =>
  withSeller({ address: { ...standard.seller.address, ...address } });
const withBuyer = (buyer: Partial<NonNullable<Invoice['buyer']>>): Invoice => ({
  ...standard,
  buyer: { ...standard.buyer, ...buyer },
});
const withBuyerAddress = (address: Record<string, string>): Invoice =>
  withBuyer({ address: { ...SAMPLE_BUYER.address, ...address } });
const withLine = (line: Partial<Invoice['lines'][number]>, base: Invoice = standard): Invoice => ({
  ...base,
  lines: [{ ...line0, ...line } as Invoice['lines'][number], ...base.lines.slice(1)],
});
/** One line of `category` at `rate`, no document allowance, and the given exemptions. */
const onlyLine = (category: string, rate: string, exemptions: Invoice['exemptions'] = []): Invoice =>
  ({
    ...standard,
    lines: [{ ...line0, taxCategory: category, taxRate: rate }],
    allowances: [],
    exemptions,
  }) as Invoice;
const ZERO_RATED = [{ taxCategory: 'Z', reasonCode: 'VATEX-SA-35', reason: 'Medicines' }] as const;
const EXEMPT = [{ taxCategory: 'E', reasonCode: 'VATEX-SA-29', reason: 'Financial services' }] as const;
const OUT_OF_SCOPE = [{ taxCategory: 'O', reasonCode: 'VATEX-SA-OOS', reason: 'Out of scope' }] as const;
const charge = (extra: Record<string, unknown>): Invoice =>
  ({
    ...standard,
    charges: [{ amount: '1.00', reason: 'Delivery', taxCategory: 'S', taxRate: '15', ...extra }],
  }) as Invoice;
const simplifiedSummary = (extra: Partial<Invoice>): Invoice => ({
  ...simplified,
  transaction: { ...simplified.transaction, summary: true },
  supplyDate: '2024-04-01',
  supplyEndDate: '2024-04-30',
  buyer: SAMPLE_BUYER,
  ...extra,
});
const advance = {
  lineId: '9',
  name: 'Advance payment',
  invoiceId: 'ADV-001',
  issueDate: '2024-04-15',
  issueTime: '09:00:00',
  taxableAmount: '50.00',
  taxCategory: 'S',
  taxRate: '15',
} as const;
const withPrepayment = (extra: Record<string, string> = {}): Invoice =>
  ({ ...standard, prepayments: [{ ...advance, ...extra }] }) as Invoice;

/** Replaces what `pattern` matches (it must match) in the XML. */
const edit =
  (pattern: RegExp, replacement: string) =>
  (xml: string): string => {
    if (!pattern.test(xml)) throw new Error(`the base XML has no ${pattern}`);
    return xml.replace(pattern, replacement);
  };
const amount = (element: string, value: string) =>
  edit(new RegExp(`(<cbc:${element} currencyID="SAR">)[^<]*`), `$1${value}`);

/** One corruption: a model, or the XML of `base` (default: the standard invoice) edited. */
interface Case {
  readonly model?: Invoice;
  readonly xml?: (xml: string) => string;
  readonly base?: Invoice;
  /** Other error rules the corruption necessarily breaks too (warnings are not checked). */
  readonly also?: readonly RuleId[];
  /** The rule set that has the rule, when only one does (default: the default rule set). */
  readonly ruleSet?: RuleSet;
}

const CASES: Partial<Record<RuleId, Case>> = {
  // Header
  'BR-02': { model: { ...standard, id: '' } },
  'BR-03': { model: { ...standard, issueDate: '' } },
  'BR-05': {
    xml: edit(/<cbc:DocumentCurrencyCode>SAR<\/cbc:DocumentCurrencyCode>/, ''),
    also: ['BR-KSA-CL-02'],
  },
  'BR-16': { model: { ...standard, lines: [] } },
  'BR-KSA-03': { model: { ...standard, uuid: '' } },
  'BR-KSA-04': { model: { ...standard, issueDate: '2024-06-01', supplyDate: '2024-06-01' } },
  'BR-KSA-05': { model: { ...standard, typeCode: '380' as never } },
  'BR-KSA-06': { model: { ...standard, transaction: undefined } as unknown as Invoice },
  'BR-KSA-07': {
    model: { ...standard, transaction: { ...standard.transaction, export: true, selfBilled: true } },
  },
  'BR-KSA-15': { model: { ...standard, supplyDate: undefined } as Invoice },
  // R3.4.8 only (a B2G code has nine characters, which R4.0.0's BR-KSA-06 refuses).
  'BR-KSA-92': {
    model: { ...standard, transaction: { ...standard.transaction, continuousSupply: false, b2g: true } },
    ruleSet: '238-R3.4.8',
  },
  'BR-KSA-F-06-C5': { model: { ...standard, contractId: long(128) } },
  'BR-KSA-16': { model: { ...standard, paymentMeansCode: '99' as never } },
  'BR-KSA-17': { model: { ...creditNote, noteReason: undefined } as Invoice },
  'BR-KSA-31': { model: { ...simplified, transaction: { ...simplified.transaction, export: true } } },
  'BR-KSA-33': { model: { ...standard, counter: '' } },
  'BR-KSA-34': { model: { ...standard, counter: 'A1' } },
  'BR-KSA-35': { model: { ...standard, supplyDate: undefined, supplyEndDate: '2024-05-02' } as Invoice },
  'BR-KSA-36': { model: { ...standard, supplyEndDate: '2024-04-01' } },
  'BR-KSA-56': { model: { ...creditNote, billingReference: undefined } as Invoice },
  'BR-KSA-61': { model: { ...standard, previousInvoiceHash: '***' } },
  'BR-KSA-70': { model: { ...standard, issueTime: '10:15' } },
  'BR-KSA-72': { model: simplifiedSummary({ supplyEndDate: undefined }) as Invoice },
  'BR-KSA-98': {
    model: { ...simplified, issueDate: '2024-04-01', supplyDate: '2024-04-01' },
    ruleSet: '238-R3.4.8',
  },
  'BR-KSA-F-01': { model: { ...standard, supplyDate: '2024-02-30' } },
  'BR-KSA-F-06-C1': { model: { ...standard, id: long(128) } },
  'BR-KSA-F-06-C2': { model: { ...standard, notes: [long(1001)] } },
  'BR-KSA-F-06-C13': { model: { ...creditNote, noteReason: long(1001) } },
  'BR-KSA-F-06-C22': { model: { ...creditNote, billingReference: long(5001) } },
  'BR-KSA-CL-01': { model: { ...standard, currency: 'XYZ' } },
  'BR-KSA-EN16931-01': { xml: edit(/reporting:1\.0/, 'reporting:2.0') },
  'BR-KSA-EN16931-02': { model: { ...standard, currency: 'USD' } },
  'BR-KSA-68': { xml: edit(/<cbc:TaxCurrencyCode>SAR<\/cbc:TaxCurrencyCode>/, '') },
  'BR-KSA-CL-02': {
    xml: edit(/<cbc:PayableAmount currencyID="SAR">/, '<cbc:PayableAmount currencyID="USD">'),
  },
  // Seller
  'BR-06': { model: withSeller({ name: '' }) },
  'BR-08': { model: withSeller({ address: undefined }) as Invoice },
  'BR-09': { model: withSellerAddress({ country: '' }) },
  'BR-KSA-08': { model: withSeller({ identification: { scheme: 'XXX' as never, value: '1' } }) },
  'BR-KSA-09': { model: withSellerAddress({ street: '' }) },
  'BR-KSA-37': { model: withSellerAddress({ buildingNumber: '123' }) },
  'BR-KSA-39': { model: withSeller({ vatNumber: '' }) },
  'BR-KSA-40': { model: withSeller({ vatNumber: '300000000000000' }) },
  'BR-KSA-66': { model: withSellerAddress({ postalCode: '1234' }) },
  'BR-KSA-F-06-C10': { model: withSeller({ name: long(1001) }), also: ['qr-seller-name'] },
  'BR-KSA-F-06-C4': { model: withSellerAddress({ street: long(1001) }) },
  'BR-KSA-F-06-C6': { model: withSellerAddress({ additionalStreet: long(128) }) },
  'BR-KSA-F-06-C7': { model: withSellerAddress({ city: long(128) }) },
  'BR-KSA-F-06-C8': { model: withSellerAddress({ countrySubentity: long(128) }) },
  'BR-KSA-F-06-C9': { model: withSellerAddress({ citySubdivision: long(128) }) },
  'BR-KSA-F-06-C11': { model: withBuyerAddress({ additionalStreet: long(128) }) },
  'BR-KSA-F-06-C12': { model: withBuyer({ name: '' }) },
  'BR-KSA-F-06-C32': { model: { ...simplified, buyer: { name: long(1001) } } },
  'BR-KSA-F-06-C23': { model: withBuyerAddress({ street: '' }) },
  'BR-KSA-F-06-C24': {
    model: {
      ...simplified,
      buyer: { address: { ...SAMPLE_BUYER.address, street: long(1001), country: 'SA' } },
    },
  },
  'BR-KSA-F-06-C25': { model: withBuyerAddress({ city: '' }) },
  'BR-KSA-F-06-C26': {
    model: { ...simplified, buyer: { address: { ...SAMPLE_BUYER.address, city: long(128), country: 'SA' } } },
  },
  'BR-KSA-F-06-C27': { model: withBuyerAddress({ countrySubentity: long(128) }) },
  'BR-KSA-F-06-C28': { model: withBuyerAddress({ citySubdivision: '' }) },
  // C28/C29 sit in the Saudi-buyer-address context, for standard documents only.
  'BR-KSA-F-06-C29': { model: withBuyerAddress({ citySubdivision: long(128) }) },
  'BR-KSA-F-06-C16': { model: onlyLine('Z', '0', [{ ...ZERO_RATED[0], reason: long(1001) }]) },
  'BR-KSA-F-06-C18': { model: withLine({ unitCode: long(128) }) },
  'BR-KSA-F-06-C33': { model: charge({ reason: '' }) },
  'BR-KSA-F-06-C34': { model: withLine({ charges: [{ amount: '1.00', reason: '' }] }) },
  'BR-KSA-F-06-C35': {
    model: { ...standard, allowances: [{ ...standard.allowances![0]!, reason: '' }] },
  },
  'BR-KSA-F-06-C36': { model: withLine({ allowances: [{ amount: '1.00', reason: '' }] }) },
  'note-reason-blank': { model: { ...creditNote, noteReason: ' ' } },
  'uuid-format': { model: { ...standard, uuid: 'not-a-uuid' } },
  'qr-seller-name': { model: withSeller({ name: 'ش'.repeat(64) }) },
  // Buyer
  'BR-KSA-10': { model: withBuyerAddress({ country: '' }) },
  'BR-KSA-14': { model: withBuyer({ identification: { scheme: 'XXX' as never, value: '1' } }) },
  // BR-KSA-25 sits in the simplified context (`cbc:InvoiceTypeCode[substring(@name, 1, 2) = '02']`).
  'BR-KSA-25': {
    model: {
      ...simplified,
      lines: [{ ...simplified.lines[0]!, taxCategory: 'Z', taxRate: '0' }],
      allowances: [],
      exemptions: [{ ...ZERO_RATED[0], reasonCode: 'VATEX-SA-EDU' }],
      buyer: { identification: { scheme: 'NAT', value: '1234567890' } },
    } as Invoice,
  },
  'BR-KSA-42': { model: withBuyer({ name: undefined }) },
  'BR-CUSTOM-VALIDATION-01': { model: withBuyer({ vatNumber: standard.seller.vatNumber }) },
  'BR-KSA-44': { model: withBuyer({ vatNumber: '39999999980000' }) },
  'BR-KSA-49': {
    model: onlyLine('Z', '0', [{ ...ZERO_RATED[0], reasonCode: 'VATEX-SA-HEA' }]),
  },
  'BR-KSA-63': { model: withBuyerAddress({ buildingNumber: '' }) },
  'BR-KSA-67': { model: withBuyerAddress({ postalCode: '1234' }) },
  'BR-KSA-71': { model: simplifiedSummary({ buyer: { address: SAMPLE_BUYER.address } }) },
  'BR-KSA-81': { model: withBuyer({ vatNumber: undefined }) },
  // Lines, adjustments and categories
  'BR-21': { model: withLine({ id: '' }), also: ['BR-KSA-F-06-C17'] },
  'BR-22': { model: withLine({ quantity: undefined as never }) },
  'BR-25': { model: withLine({ name: '' }) },
  'BR-26': { model: withLine({ price: undefined as never }) },
  'BR-31': {
    model: { ...standard, allowances: [{ ...standard.allowances![0]!, amount: undefined as never }] },
  },
  'BR-32': {
    model: { ...standard, allowances: [{ ...standard.allowances![0]!, taxCategory: undefined as never }] },
  },
  // BR-36/37/43 are warnings, but the tax engine cannot compute without the amount or category.
  'BR-36': { model: charge({ amount: undefined }), also: ['decimal-format'] },
  'BR-37': { model: charge({ taxCategory: undefined }), also: ['decimal-format'] },
  'BR-41': { model: withLine({ allowances: [{ amount: undefined as never, reason: 'Discount' }] }) },
  'BR-43': {
    model: withLine({ charges: [{ amount: undefined as never, reason: 'Cutting' }] }),
    also: ['decimal-format'],
  },
  'BR-KSA-19': { model: charge({}) },
  'BR-KSA-20': { model: withLine({ charges: [{ amount: '1.00', reason: 'Cutting' }] }) },
  'BR-KSA-CL-06': { model: charge({ reasonCode: 'ZZZZ' }) },
  'BR-CL-19': {
    model: { ...standard, allowances: [{ ...standard.allowances![0]!, reasonCode: 'ZZZZ' as never }] },
  },
  'BR-CL-18': { model: withLine({ taxCategory: 'X' as never }), also: ['BR-KSA-18'] },
  'BR-KSA-18': { model: withLine({ taxCategory: 'K' as never }) },
  'BR-CO-04': { model: withLine({ taxCategory: undefined as never }) },
  'BR-S-05': { model: withLine({ taxRate: '0' }), also: ['BR-KSA-84'] },
  'BR-S-06': {
    model: { ...standard, allowances: [{ ...standard.allowances![0]!, taxRate: '0' }] },
    also: ['BR-KSA-84'],
  },
  'BR-S-07': { model: charge({ taxRate: '0' }), also: ['BR-KSA-84'] },
  'BR-Z-05': { model: onlyLine('Z', '15', ZERO_RATED) },
  'BR-Z-06': {
    model: {
      ...onlyLine('Z', '0', ZERO_RATED),
      allowances: [{ amount: '1.00', taxCategory: 'Z', taxRate: '5' }],
    },
  },
  'BR-Z-07': {
    model: {
      ...onlyLine('Z', '0', ZERO_RATED),
      charges: [{ amount: '1.00', taxCategory: 'Z', taxRate: '5' }],
    },
  },
  'BR-E-05': { model: onlyLine('E', '15', EXEMPT) },
  'BR-E-06': {
    model: {
      ...onlyLine('E', '0', EXEMPT),
      allowances: [{ amount: '1.00', taxCategory: 'E', taxRate: '5' }],
    },
  },
  'BR-E-07': {
    model: { ...onlyLine('E', '0', EXEMPT), charges: [{ amount: '1.00', taxCategory: 'E', taxRate: '5' }] },
  },
  'BR-KSA-11': { model: onlyLine('O', '15', OUT_OF_SCOPE) },
  'BR-KSA-12': {
    model: {
      ...onlyLine('O', '0', OUT_OF_SCOPE),
      allowances: [{ amount: '1.00', taxCategory: 'O', taxRate: '5' }],
    },
    // BR-KSA-12 is a warning, but an allowance alone at O 5 % leaves that breakdown's VAT negative.
    also: ['BR-KSA-F-04'],
  },
  'BR-KSA-13': {
    model: {
      ...onlyLine('O', '0', OUT_OF_SCOPE),
      charges: [{ amount: '1.00', taxCategory: 'O', taxRate: '5' }],
    },
  },
  'BR-KSA-84': { model: withLine({ taxRate: '10' }) },
  'BR-KSA-DEC-02': { model: withLine({ taxRate: '15.123' }) },
  'BR-KSA-EN16931-06': {
    ruleSet: '238-R3.4.8',
    xml: edit(
      /(<cbc:PriceAmount currencyID="SAR">40\.00<\/cbc:PriceAmount>)/,
      '$1<cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cbc:Amount currencyID="SAR">1.00</cbc:Amount></cac:AllowanceCharge>',
    ),
  },
  // Written by another EGS: the price allowance's BaseAmount is not the net price + the discount.
  'BR-KSA-EN16931-07': {
    base: withLine({ grossPrice: '50.00' }),
    xml: edit(/(<cbc:BaseAmount currencyID="SAR">)50\.00/, '$155.00'),
  },
  'BR-KSA-EN16931-12': { model: withLine({ baseQuantity: '0' }) },
  'BR-KSA-F-04': { model: withLine({ quantity: '-1' }) },
  'BR-KSA-F-06-C17': { model: withLine({ id: '1234567' }) },
  'BR-KSA-F-06-C19': { model: withLine({ name: 'ab' }), ruleSet: '238-R3.4.8' },
  'BR-DEC-amount': {
    model: { ...standard, allowances: [{ ...standard.allowances![0]!, amount: '5.001' }] },
  },
  // Exemptions
  'BR-KSA-23': { model: onlyLine('E', '0') },
  'BR-KSA-24': { model: onlyLine('O', '0') },
  'BR-KSA-69': { model: onlyLine('Z', '0') },
  'BR-KSA-CL-04': { model: onlyLine('Z', '0', [{ ...ZERO_RATED[0], reasonCode: 'VATEX-SA-29' }]) },
  'BR-KSA-83': { model: onlyLine('Z', '0', [{ ...ZERO_RATED[0], reason: '' }]) },
  'BR-S-10': { model: { ...standard, exemptions: [{ taxCategory: 'S', reason: 'None' } as never] } },
  // Prepayments
  'BR-KSA-73': { model: withPrepayment({ invoiceId: '' }) },
  'BR-KSA-74': {
    base: withPrepayment(),
    xml: edit(/<cbc:DocumentTypeCode>386</, '<cbc:DocumentTypeCode>387<'),
  },
  'BR-KSA-76': { model: withPrepayment({ taxCategory: 'Z', taxRate: '5' }) },
  'BR-KSA-77': { model: withPrepayment({ taxCategory: 'E', taxRate: '5' }) },
  'BR-KSA-78': { model: withPrepayment({ taxCategory: 'O', taxRate: '5' }) },
  'BR-KSA-79': {
    base: withPrepayment(),
    xml: edit(/(50\.00<\/cbc:TaxableAmount>\s*<cbc:TaxAmount currencyID="SAR">)7\.50/, '$17.00'),
  },
  'BR-KSA-80': { base: withPrepayment(), xml: amount('PrepaidAmount', '50.00') },
  'BR-KSA-82': {
    base: withPrepayment(),
    xml: edit(/(<cbc:PriceAmount currencyID="SAR">)0\.00/, '$11.00'),
  },
  'BR-KSA-F-05': { model: withPrepayment({ issueTime: '9:00' }) },
  // Written amounts (XML only: a model's amounts are computed)
  'BR-CO-10': { xml: amount('LineExtensionAmount', '173.00') },
  'BR-CO-11': { xml: amount('AllowanceTotalAmount', '4.00') },
  'BR-CO-12': {
    xml: edit(
      /(<\/cbc:AllowanceTotalAmount>)/,
      '$1<cbc:ChargeTotalAmount currencyID="SAR">1.00</cbc:ChargeTotalAmount>',
    ),
  },
  'BR-CO-13': { xml: amount('TaxExclusiveAmount', '168.00'), also: ['BR-CO-15'] },
  'BR-CO-14': {
    xml: edit(
      /(<cac:TaxTotal>\s*<cbc:TaxAmount currencyID="SAR">)25\.25(<\/cbc:TaxAmount>\s*<cac:TaxSubtotal>)/,
      '$125.00$2',
    ),
  },
  'BR-CO-15': { xml: amount('TaxInclusiveAmount', '193.00') },
  'BR-CO-16': { xml: amount('PayableAmount', '193.00') },
  'BR-CO-17': {
    xml: edit(/(168\.33<\/cbc:TaxableAmount>\s*<cbc:TaxAmount currencyID="SAR">)25\.25/, '$125.50'),
    also: ['BR-CO-14', 'BR-CO-15'],
  },
  'BR-CO-18': { model: { ...standard, lines: [], allowances: [] }, also: ['BR-16'] },
  'BR-S-08': { xml: edit(/(<cbc:TaxableAmount currencyID="SAR">)168\.33/, '$1168.35') },
  'BR-S-09': {
    xml: edit(/(168\.33<\/cbc:TaxableAmount>\s*<cbc:TaxAmount currencyID="SAR">)25\.25/, '$127.25'),
    also: ['BR-CO-14', 'BR-CO-15'],
  },
  'BR-Z-08': {
    base: onlyLine('Z', '0', ZERO_RATED),
    xml: edit(/(<cbc:TaxableAmount currencyID="SAR">)120\.00/, '$1121.00'),
  },
  'BR-Z-09': {
    base: onlyLine('Z', '0', ZERO_RATED),
    xml: edit(/(120\.00<\/cbc:TaxableAmount>\s*<cbc:TaxAmount currencyID="SAR">)0\.00/, '$11.00'),
    also: ['BR-CO-14', 'BR-CO-15'],
  },
  'BR-E-08': {
    base: onlyLine('E', '0', EXEMPT),
    xml: edit(/(<cbc:TaxableAmount currencyID="SAR">)120\.00/, '$1121.00'),
  },
  'BR-E-09': {
    base: onlyLine('E', '0', EXEMPT),
    xml: edit(/(120\.00<\/cbc:TaxableAmount>\s*<cbc:TaxAmount currencyID="SAR">)0\.00/, '$11.00'),
    also: ['BR-CO-14', 'BR-CO-15'],
  },
  'BR-O-08': {
    base: onlyLine('O', '0', OUT_OF_SCOPE),
    xml: edit(/(<cbc:TaxableAmount currencyID="SAR">)120\.00/, '$1121.00'),
  },
  'BR-O-09': {
    base: onlyLine('O', '0', OUT_OF_SCOPE),
    xml: edit(/(120\.00<\/cbc:TaxableAmount>\s*<cbc:TaxAmount currencyID="SAR">)0\.00/, '$11.00'),
    also: ['BR-CO-14', 'BR-CO-15'],
  },
  'BR-KSA-50': { xml: edit(/(<cbc:TaxAmount currencyID="SAR">)18\.00/, '$118.50') },
  'BR-KSA-51': { xml: edit(/(<cbc:RoundingAmount currencyID="SAR">)138\.00/, '$1139.00') },
  'BR-KSA-52': { xml: edit(/<cbc:TaxAmount currencyID="SAR">18\.00<\/cbc:TaxAmount>/, '') },
  'BR-KSA-53': { xml: edit(/<cbc:RoundingAmount currencyID="SAR">138\.00<\/cbc:RoundingAmount>/, '') },
  'BR-KSA-EN16931-08': {
    xml: edit(
      /(<cac:TaxTotal>\s*<cbc:TaxAmount currencyID="SAR">25\.25<\/cbc:TaxAmount>\s*<cac:TaxSubtotal>[\s\S]*?<\/cac:TaxTotal>)/,
      '$1$1',
    ),
    also: ['BR-CO-15'],
  },
  'BR-KSA-EN16931-09': {
    xml: edit(
      /<cac:TaxTotal>\s*<cbc:TaxAmount currencyID="SAR">25\.25<\/cbc:TaxAmount>\s*<\/cac:TaxTotal>/,
      '',
    ),
  },
  'BR-KSA-EN16931-11': { xml: edit(/(<cbc:LineExtensionAmount currencyID="SAR">)120\.00/, '$1121.00') },
  // Model syntax
  'decimal-format': { model: withLine({ price: 'abc' }) },
  'model-type': { model: withSeller({ name: 5 as never }) },
};

/**
 * Rules of the table that no input of ours can break, with why. (None today: a rule that cannot
 * fire does not belong in the table; see "Rules we leave to the XSD or do not check" in the README
 * for the ZATCA rules we do not claim.)
 */
const CANNOT_FIRE: Partial<Record<RuleId, string>> = {};

const xmlOf = (invoice: Invoice) => buildInvoice(invoice).xml;

describe('every rule in the rule table can fire', () => {
  it('has a corruption for each rule id, or says why the rule cannot fire', () => {
    const missing = Object.keys(RULES).filter((id) => !(id in CASES) && !(id in CANNOT_FIRE));
    expect(missing).toEqual([]);
    const both = Object.keys(CANNOT_FIRE).filter((id) => id in CASES);
    expect(both).toEqual([]);
    expect(Object.keys(CASES).filter((id) => !(id in RULES))).toEqual([]);
  });

  it('finds nothing in the base documents', () => {
    for (const base of [standard, creditNote, simplified]) {
      expect(validateInvoice(base, { now })).toEqual([]);
      expect(validateInvoice(xmlOf(base), { now })).toEqual([]);
    }
  });

  for (const [rule, corruption] of Object.entries(CASES) as [RuleId, Case][]) {
    it(`fires ${rule} (${RULES[rule].severity}) on a document that breaks it, with no other error rule`, () => {
      const input = corruption.xml ? corruption.xml(xmlOf(corruption.base ?? standard)) : corruption.model!;
      const faults = validateInvoice(input, {
        now,
        ...(corruption.ruleSet ? { ruleSet: corruption.ruleSet } : {}),
      });
      expect(
        faults.map((fault) => fault.rule),
        JSON.stringify(faults),
      ).toContain(rule);
      const otherErrors = faults
        .filter((fault) => fault.severity === 'error' && fault.rule !== rule)
        .map((fault) => fault.rule);
      expect(
        [...new Set(otherErrors)].filter((id) => !corruption.also?.includes(id as RuleId)),
        JSON.stringify(faults),
      ).toEqual([]);
    });
  }
});
