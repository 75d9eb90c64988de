import { describe, expect, it } from 'vitest';
import { scenarioCorpus, sixKinds } from '../../test/support/scenarios.ts';
import type { Invoice } from '../model/invoice.ts';
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
      { ...standardInvoice, lines: [{ ...standardInvoice.lines[0]!, taxCategory: 'Z', taxRate: '0' }] },
      ['BR-KSA-69@exemptions', 'BR-KSA-83@exemptions'],
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
