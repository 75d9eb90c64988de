import { describe, expect, test } from 'vitest';
import { sampleDraft } from '../../test/support/sample-draft.ts';
import { draftActions } from './draft-actions.ts';
import { emptyInvoiceDraft } from './empty-draft.ts';
import { applyStateUpdate, type StateUpdate } from './state-update.ts';

/** A plain variable as the store, with every draft it held. */
function store(first = emptyInvoiceDraft()) {
  const history = [first];
  const actions = draftActions((update: StateUpdate<ReturnType<typeof emptyInvoiceDraft>>) => {
    history.push(applyStateUpdate(update, history.at(-1) ?? first));
  });
  return { actions, history, latest: () => history.at(-1) ?? first };
}

describe('Draft actions', () => {
  test('An update is a new value or a function of the latest one.', () => {
    expect(applyStateUpdate(5, 1)).toBe(5);
    expect(applyStateUpdate((n: number) => n + 1, 1)).toBe(2);
  });

  test('Bound to any setter, each action applies its edit to the latest draft, without React.', () => {
    const { actions, latest } = store();
    actions.addLine({ name: 'Pen' });
    actions.updateLine(1, { taxCategory: 'Z' });
    actions.setSeller({ name: 'Shop' });
    actions.setExemption('Z', { reasonCode: 'VATEX-SA-32' });
    expect(latest().lines.map((line) => [line.name, line.taxCategory, line.taxRate])).toEqual([
      ['', 'S', '15'],
      ['Pen', 'Z', '0'],
    ]);
    expect(latest().seller.name).toBe('Shop');
    expect(latest().exemptions).toEqual([
      { taxCategory: 'Z', reasonCode: 'VATEX-SA-32', reason: 'Export of goods' },
    ]);
  });

  test('No action mutates a draft it was given; setDraft replaces the draft as it is.', () => {
    const first = Object.freeze(sampleDraft());
    const { actions, history, latest } = store(first);
    actions.setHeader({ id: 'INV-9' });
    actions.setDocumentKind('standard-credit-note');
    actions.removeLine(0);
    expect(history[0]).toEqual(sampleDraft());
    expect(latest()).toMatchObject({ id: 'INV-9', typeCode: '381', lines: [] });
    const replacement = emptyInvoiceDraft();
    actions.setDraft(replacement);
    expect(latest()).toBe(replacement);
  });

  test('The document kind, transaction flag and contract ID actions make a B2G prepayment invoice.', () => {
    const { actions, latest } = store(sampleDraft());
    actions.setDocumentKind('standard-prepayment-invoice');
    actions.setTransactionFlag('b2g', true);
    actions.setHeader({ contractId: 'CNT-7' });
    expect(latest()).toMatchObject({
      typeCode: '386',
      transaction: { subtype: 'standard', b2g: true },
      contractId: 'CNT-7',
    });
    actions.setTransactionFlag('b2g', false);
    expect(latest().transaction).not.toHaveProperty('b2g');
  });

  test('The line adjustment actions edit the list of the line they name.', () => {
    const { actions, latest } = store(sampleDraft());
    actions.addLineAdjustment(0, 'charges', { amount: '2.00' });
    actions.updateLineAdjustment(0, 'charges', 0, { reasonCode: 'FC' });
    actions.addLineAdjustment(0, 'allowances', { amount: '1.00', reasonCode: '95' });
    expect(latest().lines[0]).toMatchObject({
      charges: [{ amount: '2.00', reasonCode: 'FC' }],
      allowances: [{ amount: '1.00', reasonCode: '95' }],
    });
    actions.removeLineAdjustment(0, 'allowances', 0);
    expect(latest().lines[0]).not.toHaveProperty('allowances');
  });
});
