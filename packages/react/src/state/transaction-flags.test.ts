import { formatTransactionCode } from '@fatoora/core/model';
import { describe, expect, test } from 'vitest';
import { sampleDraft, TEST_NOW } from '../../test/support/sample-draft.ts';
import { withHeader } from './draft-updates.ts';
import { invoiceValidation } from './invoice-validation.ts';
import type { DraftCheckOptions } from './prepared-draft.ts';
import { OPTIONAL_TRANSACTION_FLAGS, withTransactionFlag } from './transaction-flags.ts';

const R3 = { now: TEST_NOW, ruleSet: '238-R3.4.8' } as const;
const codeOf = (draft: ReturnType<typeof sampleDraft>) => formatTransactionCode(draft.transaction);
const rulesAt = (draft: ReturnType<typeof sampleDraft>, path: string, options: DraftCheckOptions = R3) =>
  (invoiceValidation(draft, options).byPath.get(path) ?? []).map((fault) => fault.rule);

describe('The optional transaction flags', () => {
  test('They are positions 8 and 9 of core’s table, in that order.', () => {
    expect(OPTIONAL_TRANSACTION_FLAGS).toEqual(['continuousSupply', 'b2g']);
  });

  test('Each set flag lengthens the code as far as its position; neither set leaves seven characters.', () => {
    const draft = sampleDraft();
    expect(codeOf(draft)).toBe('0200000');
    const continuous = withTransactionFlag(draft, 'continuousSupply', true);
    expect(codeOf(continuous)).toBe('02000001');
    const both = withTransactionFlag(continuous, 'b2g', true);
    expect(codeOf(both)).toBe('020000011');
    expect(codeOf(withTransactionFlag(both, 'continuousSupply', false))).toBe('020000001');
    expect(codeOf(withTransactionFlag(both, 'b2g', false))).toBe('02000001');
    expect(withTransactionFlag(withTransactionFlag(both, 'b2g', false), 'continuousSupply', false)).toEqual(
      draft,
    );
  });

  test('Clearing a flag drops optional flags left false, so a code read long can shrink again.', () => {
    const read = {
      ...sampleDraft(),
      transaction: { ...sampleDraft().transaction, continuousSupply: false, b2g: true },
    };
    const cleared = withTransactionFlag(read, 'b2g', false);
    expect(cleared.transaction).toEqual(sampleDraft().transaction);
    expect(codeOf(cleared)).toBe('0200000');
  });

  test('It never mutates the draft, and keeps the subtype and the other flags.', () => {
    const draft = Object.freeze({
      ...sampleDraft(),
      transaction: Object.freeze({ ...sampleDraft().transaction, summary: true }),
    });
    const flagged = withTransactionFlag(draft, 'b2g', true);
    expect(draft).toEqual({ ...sampleDraft(), transaction: { ...sampleDraft().transaction, summary: true } });
    expect(flagged.transaction).toMatchObject({ subtype: 'simplified', summary: true, b2g: true });
  });

  test('Under R3.4.8, a B2G draft asks for its contract ID (BR-KSA-92) until the header gives one.', () => {
    const b2g = withTransactionFlag(sampleDraft(), 'b2g', true);
    expect(rulesAt(b2g, 'contractId')).toEqual(['BR-KSA-92']);
    const named = withHeader(b2g, { contractId: 'CNT-2024-17' });
    expect(rulesAt(named, 'contractId')).toEqual([]);
    expect(invoiceValidation(named, R3).valid).toBe(true);
    expect(withHeader(named, { contractId: '  ' })).not.toHaveProperty('contractId');
  });

  test('Under R4.0.0, a set flag faults the code as a whole (BR-KSA-06), and clearing it passes again.', () => {
    const options = { now: TEST_NOW };
    const flagged = withTransactionFlag(sampleDraft(), 'continuousSupply', true);
    expect(rulesAt(flagged, 'transaction', options)).toEqual(['BR-KSA-06']);
    expect(invoiceValidation(withTransactionFlag(flagged, 'continuousSupply', false), options).valid).toBe(
      true,
    );
  });
});
