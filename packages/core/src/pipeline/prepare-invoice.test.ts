import { describe, expect, it } from 'vitest';
import { draftOf } from '../../test/support/egs-fixtures.ts';
import { computeInvoiceTotals } from '../calc/invoice-totals.ts';
import type { Invoice } from '../model/invoice.ts';
import { validateInvoice } from '../rules/validate-invoice.ts';
import { FIRST_PREVIOUS_INVOICE_HASH } from '../signing/invoice-hash.ts';
import { DRAFT_UUID, prepareDraft, prepareInvoice, validateDraft } from './prepare-invoice.ts';

const now = new Date('2024-05-01T22:30:00Z');
const chain = {
  counter: 7,
  previousInvoiceHash: 'cHJldmlvdXM=',
  uuid: '8e6000cf-1a98-4174-b3e7-b5d5954bc10d',
};

describe('prepareDraft', () => {
  it('places a draft in its chain, dated in Saudi time, with the totals the tax engine computes', () => {
    const draft = draftOf('simplified-invoice');
    const { issueDate, issueTime, ...undated } = draft;
    const prepared = prepareDraft(undated, { now, chain });
    expect(prepared.model).toMatchObject({ ...chain, issueDate: '2024-05-02', issueTime: '01:30:00' });
    expect(prepared.errors).toEqual([]);
    expect(prepared.totals).toEqual(computeInvoiceTotals(prepared.model));
    expect(prepared.totalsFault).toBeUndefined();
  });

  it("lets the chain's values win over any the draft carries", () => {
    const smuggled = { ...draftOf('simplified-invoice'), counter: 99, uuid: 'mine' } as never;
    expect(prepareDraft(smuggled, { now, chain }).model).toMatchObject(chain);
  });

  it('stands in for the chain while a form is filled in, keeping values the draft carries', () => {
    expect(prepareDraft(draftOf('simplified-invoice'), { now }).model).toMatchObject({
      counter: 1,
      previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
      uuid: DRAFT_UUID,
    });
    const carried = { ...draftOf('simplified-invoice'), counter: 9 } as never;
    expect(prepareDraft(carried, { now }).model.counter).toBe(9);
  });

  it('reads a null field as an absent one, so that nothing empty is written', () => {
    const draft = { ...draftOf('simplified-invoice'), billingReference: null, supplyDate: null } as never;
    const prepared = prepareDraft(draft, { now, chain });
    expect('billingReference' in prepared.model).toBe(false);
    expect('supplyDate' in prepared.model).toBe(false);
    expect(prepared.errors).toEqual([]);
  });

  it('reports the faults validateInvoice reports for the completed model', () => {
    const draft = draftOf('standard-credit-note');
    const broken = { ...draft, noteReason: undefined, seller: { ...draft.seller, vatNumber: '1' } };
    const prepared = prepareDraft(broken, { now, chain });
    expect(prepared.faults).toEqual(validateInvoice(prepared.model, { now }));
    expect(prepared.errors.map((fault) => fault.rule)).toEqual(
      expect.arrayContaining(['BR-KSA-17', 'BR-KSA-40']),
    );
    expect(validateDraft(broken, { now })).toEqual(prepareDraft(broken, { now }).faults);
  });

  it('still totals a draft whose other rules fail, and says why when it cannot', () => {
    const draft = draftOf('standard-invoice');
    const wrongSeller = { ...draft, seller: { ...draft.seller, vatNumber: '1' } };
    const faulty = prepareDraft(wrongSeller, { now });
    expect(faulty.errors.length).toBeGreaterThan(0);
    expect(faulty.totals).toEqual(computeInvoiceTotals(faulty.model));
    const halfTyped = { ...draft, lines: [{ ...draft.lines[0]!, quantity: '2,5' }] };
    const unreadable = prepareDraft(halfTyped, { now });
    expect(unreadable.totals).toBeUndefined();
    expect(unreadable.totalsFault).toMatchObject({ severity: 'error', path: 'lines[0].quantity' });
  });
});

describe('prepareInvoice', () => {
  it('refuses nothing it should write and writes nothing it refuses: errors and totals agree', () => {
    const invoice = prepareDraft(draftOf('standard-invoice'), { now, chain }).model;
    expect(prepareInvoice(invoice, { now })).toMatchObject({ errors: [], totals: expect.anything() });
    const broken: Invoice = { ...invoice, lines: [] };
    const prepared = prepareInvoice(broken, { now });
    expect(prepared.errors.map((fault) => fault.rule)).toContain('BR-16');
  });
});
