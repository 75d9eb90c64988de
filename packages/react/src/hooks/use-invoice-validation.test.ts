import { describe, expect, test } from 'vitest';
import { sampleDraft, TEST_NOW } from '../../test/support/sample-draft.ts';
import { invoiceTotals } from './use-invoice-totals.ts';
import { invoiceValidation } from './use-invoice-validation.ts';

describe('Validating and totalling a draft', () => {
  test('A valid draft has no fault; a broken one has its faults grouped by path.', () => {
    expect(invoiceValidation(sampleDraft(), { now: TEST_NOW })).toMatchObject({ faults: [], valid: true });
    const broken = {
      ...sampleDraft(),
      typeCode: '381' as const,
      seller: { ...sampleDraft().seller, vatNumber: '1' },
    };
    const result = invoiceValidation(broken, { now: TEST_NOW });
    expect(result.valid).toBe(false);
    expect(result.byPath.get('seller.vatNumber')?.map((fault) => fault.rule)).toContain('BR-KSA-40');
    expect(result.byPath.get('noteReason')?.map((fault) => fault.rule)).toEqual(['BR-KSA-17']);
    expect(result.errorCount + result.warningCount).toBe(result.faults.length);
  });

  test('Totals are exact, and a malformed amount gives no totals but a fault at its path.', () => {
    expect(invoiceTotals(sampleDraft()).totals?.payableAmount).toEqual({ coefficient: 11500n, scale: 2 });
    const { totals, fault } = invoiceTotals({
      ...sampleDraft(),
      lines: [{ ...sampleDraft().lines[0]!, quantity: '2,5' }],
    });
    expect(totals).toBeUndefined();
    expect(fault).toMatchObject({ rule: 'decimal-format', path: 'lines[0].quantity', severity: 'error' });
  });
});
