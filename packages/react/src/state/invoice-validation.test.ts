import { describe, expect, test } from 'vitest';
import { sampleDraft, TEST_NOW } from '../../test/support/sample-draft.ts';
import { invoiceValidation } from './invoice-validation.ts';

describe('Validating a draft', () => {
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
});
