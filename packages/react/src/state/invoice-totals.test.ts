import { describe, expect, test } from 'vitest';
import { sampleDraft } from '../../test/support/sample-draft.ts';
import { invoiceTotals } from './invoice-totals.ts';

describe('Totalling a draft', () => {
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
