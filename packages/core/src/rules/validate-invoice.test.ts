import { describe, expect, it } from 'vitest';
import { scenarioCorpus, sixKinds } from '../../test/support/scenarios.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { Invoice } from '../model/invoice.ts';
import { buildInvoice } from '../ubl/build-invoice.ts';
import { RULES } from './rule-table.ts';
import { validateInvoice } from './validate-invoice.ts';
import { validateInvoiceModel } from './validate-model.ts';

const standardInvoice = sixKinds[0]!;
const creditNote = sixKinds[1]!;
/** The corpus's issue moment, so the clock rules (BR-KSA-04, BR-KSA-98) hold still. */
const now = new Date('2024-05-01T12:00:00+03:00');
const rules = (invoice: Invoice) =>
  validateInvoice(invoice, { now }).map((fault) => `${fault.rule}@${fault.path}`);

describe('validateInvoice', () => {
  it('finds no fault in any scenario of the corpus (which ZATCA’s rules pass)', () => {
    for (const { name, invoice } of scenarioCorpus)
      expect(validateInvoice(invoice, { now }), name).toEqual([]);
  });

  const cases: [string, Invoice, string[]][] = [
    [
      'a seller VAT number of the wrong form',
      { ...standardInvoice, seller: { ...standardInvoice.seller, vatNumber: '300000000000000' } },
      ['BR-KSA-40@seller.vatNumber'],
    ],
    [
      'a missing seller VAT number',
      { ...standardInvoice, seller: { ...standardInvoice.seller, vatNumber: '' } },
      ['BR-KSA-39@seller.vatNumber'],
    ],
    [
      'a buyer VAT number of the wrong form',
      { ...standardInvoice, buyer: { ...standardInvoice.buyer, vatNumber: '39999999980000' } },
      ['BR-KSA-44@buyer.vatNumber'],
    ],
    [
      'a credit note without its reason',
      { ...creditNote, noteReason: undefined } as Invoice,
      ['BR-KSA-17@noteReason'],
    ],
    [
      'a credit note with a blank reason (which ZATCA accepts)',
      { ...creditNote, noteReason: ' ' },
      ['note-reason-blank@noteReason'],
    ],
    [
      'a credit note without its billing reference',
      { ...creditNote, billingReference: undefined } as Invoice,
      ['BR-KSA-56@billingReference'],
    ],
    [
      'a standard invoice without supply date',
      { ...standardInvoice, supplyDate: undefined } as Invoice,
      ['BR-KSA-15@supplyDate'],
    ],
    [
      'a supply end date before the supply date',
      { ...standardInvoice, supplyEndDate: '2024-04-01' },
      ['BR-KSA-36@supplyEndDate'],
    ],
    ['an issue time of the wrong form', { ...standardInvoice, issueTime: '10:15' }, ['BR-KSA-70@issueTime']],
    ['a UUID of the wrong form', { ...standardInvoice, uuid: 'not-a-uuid' }, ['uuid-format@uuid']],
    [
      'an export that is self-billed',
      {
        ...standardInvoice,
        transaction: { ...standardInvoice.transaction, export: true, selfBilled: true },
        exemptions: [],
      },
      ['BR-KSA-07@transaction'],
    ],
    [
      'a simplified export',
      { ...sixKinds[3]!, transaction: { ...sixKinds[3]!.transaction, export: true } },
      ['BR-KSA-31@transaction'],
    ],
    [
      'a zero-rated line without reason code',
      {
        ...standardInvoice,
        lines: [{ ...standardInvoice.lines[0]!, taxCategory: 'Z', taxRate: '0' }],
        allowances: [],
      },
      ['BR-KSA-69@exemptions', 'BR-KSA-83@exemptions'],
    ],
    [
      'a buyer with the seller’s own VAT number (BR-CUSTOM-VALIDATION-01)',
      {
        ...standardInvoice,
        buyer: { ...standardInvoice.buyer, vatNumber: standardInvoice.seller.vatNumber },
      },
      ['BR-CUSTOM-VALIDATION-01@buyer.vatNumber'],
    ],
    [
      'a line allowance larger than its line (its VAT would be −0.75)',
      {
        ...standardInvoice,
        lines: [
          {
            ...standardInvoice.lines[0]!,
            quantity: '1',
            price: '10.00',
            allowances: [{ amount: '15.00', reason: 'Discount' }],
          },
        ],
        allowances: [],
      },
      [
        'BR-KSA-F-04@lines[0].vatAmount',
        'BR-KSA-F-04@totals.breakdown[0].taxableAmount',
        'BR-KSA-F-04@totals.breakdown[0].taxAmount',
        'BR-KSA-F-04@totals.lineExtensionAmount',
        'BR-KSA-F-04@totals.taxExclusiveAmount',
        'BR-KSA-F-04@totals.taxInclusiveAmount',
        'BR-KSA-F-04@totals.taxAmount',
        'BR-KSA-F-04@totals.taxAmountInSar',
      ],
    ],
    [
      'a document allowance larger than its category’s lines (taxable −30.00)',
      {
        ...standardInvoice,
        lines: [
          ...standardInvoice.lines,
          { ...standardInvoice.lines[0]!, id: '4', quantity: '1', price: '20.00', taxRate: '5' },
        ],
        allowances: [{ amount: '50.00', reason: 'Discount', taxCategory: 'S', taxRate: '5' }],
      },
      ['BR-KSA-F-04@totals.breakdown[1].taxableAmount', 'BR-KSA-F-04@totals.breakdown[1].taxAmount'],
    ],
    [
      'a K category, which EN 16931 knows and ZATCA does not (BR-KSA-18, not BR-CL-18)',
      { ...standardInvoice, lines: [{ ...standardInvoice.lines[0]!, taxCategory: 'K' as never }] },
      ['BR-KSA-18@lines[0].taxCategory'],
    ],
    [
      'a seller name of 128 UTF-8 bytes, which the QR cannot carry',
      { ...standardInvoice, seller: { ...standardInvoice.seller, name: 'ش'.repeat(64) } },
      ['qr-seller-name@seller.name'],
    ],
    [
      'a zero-rating reason code of another category (BR-KSA-CL-04, not BR-KSA-69)',
      {
        ...standardInvoice,
        lines: [{ ...standardInvoice.lines[0]!, taxCategory: 'Z', taxRate: '0' }],
        allowances: [],
        exemptions: [{ taxCategory: 'Z', reasonCode: 'VATEX-SA-29', reason: 'Financial services' }],
      },
      ['BR-KSA-CL-04@exemptions[0].reasonCode'],
    ],
    [
      'an amount written as a number',
      { ...standardInvoice, lines: [{ ...standardInvoice.lines[0]!, price: 40 as never }] },
      ['decimal-format@lines[0].price'],
    ],
  ];
  for (const [what, invoice, expected] of cases) {
    it(`reports ${what}`, () => {
      expect(rules(invoice)).toEqual(expected);
    });
  }

  const clean: [string, Invoice][] = [
    [
      // BR-KSA-72 sits in ZATCA's Saudi-buyer-address context (R3.4.8 and R4.0.0).
      'a simplified summary invoice without supply end date to a buyer with no Saudi address',
      {
        ...sixKinds[3]!,
        transaction: { ...sixKinds[3]!.transaction, summary: true },
        buyer: {
          name: 'Al Waha Restaurant',
          address: { street: 'Main Road', city: 'Manama', country: 'BH' },
        },
      },
    ],
    [
      'a zero-rated line with reason code VATEX-SA-MLTRY (BR-KSA-CL-04 accepts it)',
      {
        ...standardInvoice,
        lines: [{ ...standardInvoice.lines[0]!, taxCategory: 'Z', taxRate: '0' }],
        allowances: [],
        exemptions: [
          { taxCategory: 'Z', reasonCode: 'VATEX-SA-MLTRY', reason: 'Supply of qualified military goods' },
        ],
      },
    ],
    [
      'a foreign buyer without postal code (BR-KSA-10 asks for street, city and country)',
      {
        ...standardInvoice,
        buyer: {
          name: 'Florida Steel Factory',
          identification: { scheme: 'OTH', value: 'US0000001' },
          address: { street: 'Canadian Street', city: 'Houston', country: 'US' },
        },
      },
    ],
    [
      'a seller name of 127 UTF-8 bytes',
      { ...standardInvoice, seller: { ...standardInvoice.seller, name: `${'ش'.repeat(63)}x` } },
    ],
  ];
  for (const [what, invoice] of clean) {
    it(`finds nothing wrong with ${what}`, () => {
      expect(rules(invoice)).toEqual([]);
    });
  }

  it('still reports BR-KSA-72 when the summary invoice’s buyer has a Saudi address', () => {
    const summary: Invoice = {
      ...sixKinds[3]!,
      transaction: { ...sixKinds[3]!.transaction, summary: true },
      supplyDate: '2024-04-01',
      buyer: { name: 'Al Waha Restaurant', address: standardInvoice.buyer!.address! },
    };
    expect(rules(summary)).toEqual(['BR-KSA-72@supplyEndDate']);
  });

  it('refuses to build what BR-CUSTOM-VALIDATION-01 or the computed BR-KSA-F-04 rejects', () => {
    const sameVat = { ...standardInvoice, buyer: { ...standardInvoice.buyer, vatNumber: '399999999900003' } };
    expect(() => buildInvoice(sameVat)).toThrow(ValidationError);
    const negative = {
      ...standardInvoice,
      allowances: [{ amount: '500.00', reason: 'Discount', taxCategory: 'S' as const, taxRate: '15' }],
    };
    expect(() => buildInvoice(negative)).toThrow(ValidationError);
  });

  describe('on XML from another EGS', () => {
    const xml = buildInvoice(standardInvoice).xml;
    const xmlRules = (text: string) =>
      validateInvoice(text, { now }).map((fault) => `${fault.rule}@${fault.path}`);
    it('reports a missing DocumentCurrencyCode as BR-05', () => {
      const faults = xmlRules(xml.replace(/<cbc:DocumentCurrencyCode>SAR<\/cbc:DocumentCurrencyCode>/, ''));
      expect(faults).toContain('BR-05@currency');
    });
    it('checks BR-CO-15 against the VAT breakdown, so a document without one fails it', () => {
      const faults = xmlRules(xml.replace(/<cac:TaxSubtotal>[\s\S]*?<\/cac:TaxSubtotal>/, ''));
      expect(faults).toEqual(
        expect.arrayContaining(['BR-CO-15@totals.taxInclusiveAmount', 'BR-CO-18@totals.breakdown']),
      );
    });
    it('reports a price allowance whose BaseAmount is not the net price + the discount (BR-KSA-EN16931-07)', () => {
      const discounted = buildInvoice({
        ...standardInvoice,
        lines: [{ ...standardInvoice.lines[0]!, grossPrice: '50.00' }],
        allowances: [],
      }).xml;
      expect(xmlRules(discounted)).toEqual([]);
      expect(xmlRules(discounted.replace('>50.00</cbc:BaseAmount>', '>55.00</cbc:BaseAmount>'))).toEqual([
        'BR-KSA-EN16931-07@lines[0].grossPrice',
      ]);
    });
    it('reports a prepayment line whose own amounts are not zero (BR-KSA-82)', () => {
      const prepaid = buildInvoice({
        ...standardInvoice,
        prepayments: [
          {
            lineId: '9',
            name: 'Advance payment',
            invoiceId: 'ADV-001',
            issueDate: '2024-04-15',
            issueTime: '09:00:00',
            taxableAmount: '50.00',
            taxCategory: 'S',
            taxRate: '15',
          },
        ],
      }).xml;
      expect(xmlRules(prepaid)).toEqual([]);
      expect(xmlRules(prepaid.replace(/(<cbc:PriceAmount currencyID="SAR">)0\.00/, '$11.00'))).toEqual([
        'BR-KSA-82@prepayments[0].price',
      ]);
    });
    it('reports a negative written line VAT (BR-KSA-F-04)', () => {
      expect(xmlRules(xml.replace('>18.00</cbc:TaxAmount>', '>-18.00</cbc:TaxAmount>'))).toContain(
        'BR-KSA-F-04@lines[0].vatAmount',
      );
    });
  });

  it('reports every fault at once, with the rule table’s severity', () => {
    const faults = validateInvoice(
      {
        ...creditNote,
        noteReason: undefined,
        billingReference: undefined,
        issueTime: 'x',
      } as Invoice,
      { now },
    );
    expect(faults.map((fault) => [fault.rule, fault.severity])).toEqual([
      ['BR-KSA-70', 'error'],
      ['BR-KSA-17', 'error'],
      ['BR-KSA-56', 'warning'],
    ]);
  });

  it('reports a wrongly typed list once, from the shape check, however many rules walk it', () => {
    const faults = validateInvoiceModel({ ...creditNote, lines: [5], notes: 'x' } as unknown as Invoice);
    const typeFaults = faults.filter((fault) => fault.rule === 'model-type').map((fault) => fault.path);
    expect(typeFaults).toEqual(['notes', 'lines[0]']);
  });

  it('has an English and an Arabic message for every rule', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(rule.en, id).toMatch(/\w/);
      expect(rule.ar, id).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
