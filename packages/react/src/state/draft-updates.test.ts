import { describe, expect, test } from 'vitest';
import { sampleDraft } from '../../test/support/sample-draft.ts';
import {
  exemptCategories,
  withAllowanceAdded,
  withAllowanceRemoved,
  withAllowanceUpdated,
  withBillingReference,
  withBuyer,
  withBuyerAddress,
  withDocumentKind,
  withExemption,
  withHeader,
  withLineAdded,
  withLineAdjustmentAdded,
  withLineAdjustmentRemoved,
  withLineAdjustmentUpdated,
  withLineRemoved,
  withLineUpdated,
  withNoteReason,
  withSeller,
} from './draft-updates.ts';

describe('Draft updates', () => {
  test('No update mutates the draft it is given.', () => {
    const draft = Object.freeze(sampleDraft());
    withHeader(draft, { id: 'X' });
    withSeller(draft, { name: 'Y' });
    withLineAdded(draft);
    withLineUpdated(draft, 0, { taxCategory: 'Z' });
    withExemption(draft, 'Z', { reasonCode: 'VATEX-SA-32' });
    withLineAdjustmentAdded(draft, 0, 'charges', { amount: '1.00' });
    expect(draft).toEqual(sampleDraft());
  });

  test('A blank optional header field is removed, but the invoice number stays even when blank.', () => {
    const draft = withHeader(sampleDraft(), { issueDate: '', id: '' });
    expect('issueDate' in draft).toBe(false);
    expect(draft.id).toBe('');
  });

  test('A document kind sets the subtype and type code; an invoice drops the note fields.', () => {
    const note = withNoteReason(
      withBillingReference(withDocumentKind(sampleDraft(), 'standard-debit-note'), 'INV-1'),
      'Price change',
    );
    expect(note.typeCode).toBe('383');
    expect(note.transaction.subtype).toBe('standard');
    expect([note.billingReference, note.noteReason]).toEqual(['INV-1', 'Price change']);
    const invoice = withDocumentKind(note, 'simplified-invoice');
    expect(invoice.typeCode).toBe('388');
    expect('billingReference' in invoice || 'noteReason' in invoice).toBe(false);
  });

  test('A prepayment invoice sets type code 386, drops the note fields like an invoice and keeps the flags.', () => {
    const note = withBillingReference(withDocumentKind(sampleDraft(), 'standard-credit-note'), 'INV-1');
    const flagged = { ...note, transaction: { ...note.transaction, b2g: true } };
    const prepayment = withDocumentKind(flagged, 'simplified-prepayment-invoice');
    expect(prepayment.typeCode).toBe('386');
    expect(prepayment.transaction).toMatchObject({ subtype: 'simplified', b2g: true });
    expect('billingReference' in prepayment).toBe(false);
    expect(withDocumentKind(prepayment, 'standard-prepayment-invoice').transaction.subtype).toBe('standard');
  });

  test('The contract ID is a header field: set as typed, removed when blank.', () => {
    const draft = withHeader(sampleDraft(), { contractId: 'CNT-7' });
    expect(draft.contractId).toBe('CNT-7');
    expect('contractId' in withHeader(draft, { contractId: '' })).toBe(false);
  });

  test('A buyer left with nothing is removed, and an address with only a country is no address.', () => {
    const named = withBuyer(sampleDraft(), { name: 'Ali' });
    expect(named.buyer).toEqual({ name: 'Ali' });
    expect(withBuyer(named, { name: '' }).buyer).toBeUndefined();
    expect(withBuyerAddress(sampleDraft(), { country: 'SA' }).buyer).toBeUndefined();
    expect(withBuyerAddress(sampleDraft(), { city: 'Jeddah' }).buyer?.address).toEqual({ city: 'Jeddah' });
  });

  test('Added lines get the next free id, and a category change sets the rate it allows.', () => {
    const two = withLineAdded(withLineAdded(sampleDraft()), { name: 'Pen' });
    expect(two.lines.map((line) => line.id)).toEqual(['1', '2', '3']);
    expect(withLineAdded(withLineRemoved(two, 1)).lines.map((line) => line.id)).toEqual(['1', '3', '4']);
    const zero = withLineUpdated(two, 2, { taxCategory: 'E' });
    expect(zero.lines[2]).toMatchObject({ name: 'Pen', taxCategory: 'E', taxRate: '0' });
    expect(withLineUpdated(zero, 2, { taxCategory: 'S' }).lines[2]?.taxRate).toBe('15');
    expect(withLineUpdated(zero, 2, { taxCategory: 'S', taxRate: '5' }).lines[2]?.taxRate).toBe('5');
  });

  test('Choosing an exemption code writes its standard text; a category nothing uses loses its exemption.', () => {
    const zero = withLineUpdated(sampleDraft(), 0, { taxCategory: 'Z' });
    expect(exemptCategories(zero)).toEqual(['Z']);
    const exempt = withExemption(zero, 'Z', { reasonCode: 'VATEX-SA-32' });
    expect(exempt.exemptions).toEqual([
      { taxCategory: 'Z', reasonCode: 'VATEX-SA-32', reason: 'Export of goods' },
    ]);
    const edited = withExemption(exempt, 'Z', { reason: 'Export of goods to Bahrain' });
    expect(edited.exemptions?.[0]).toEqual({
      taxCategory: 'Z',
      reasonCode: 'VATEX-SA-32',
      reason: 'Export of goods to Bahrain',
    });
    expect('exemptions' in withLineUpdated(edited, 0, { taxCategory: 'S' })).toBe(false);
  });

  test('Allowances are added, changed and removed, and the last removal removes the list.', () => {
    const one = withAllowanceAdded(sampleDraft(), { amount: '10.00', reason: 'Discount' });
    expect(one.allowances).toEqual([
      { amount: '10.00', reason: 'Discount', taxCategory: 'S', taxRate: '15' },
    ]);
    const changed = withAllowanceUpdated(one, 0, { taxCategory: 'O', reason: '' });
    expect(changed.allowances?.[0]).toEqual({ amount: '10.00', taxCategory: 'O', taxRate: '0' });
    expect(exemptCategories(changed)).toEqual(['O']);
    expect('allowances' in withAllowanceRemoved(changed, 0)).toBe(false);
  });

  test('A line’s allowances and charges are added, changed and removed, each list on its own line.', () => {
    const two = withLineAdded(sampleDraft(), { name: 'Pen', price: '5.00' });
    const charged = withLineAdjustmentAdded(two, 1, 'charges', { amount: '3.00', reasonCode: 'FC' });
    expect(charged.lines[1]?.charges).toEqual([{ amount: '3.00', reasonCode: 'FC' }]);
    expect(charged.lines[0]).toEqual(two.lines[0]);
    expect('charges' in charged).toBe(false);
    const discounted = withLineAdjustmentAdded(charged, 1, 'allowances');
    expect(discounted.lines[1]?.allowances).toEqual([{ amount: '0.00' }]);
    // A cleared code (the select's placeholder) and a blank reason are taken away; the amount stays.
    const edited = withLineAdjustmentUpdated(discounted, 1, 'charges', 0, {
      reasonCode: '' as never,
      reason: ' ',
    });
    expect(edited.lines[1]?.charges).toEqual([{ amount: '3.00' }]);
    const emptied = withLineAdjustmentRemoved(edited, 1, 'charges', 0);
    expect('charges' in emptied.lines[1]!).toBe(false);
    expect(emptied.lines[1]?.allowances).toHaveLength(1);
  });
});
