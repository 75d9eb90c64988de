import { describe, expect, it } from 'vitest';
import { demoCsrConfig, demoSeller } from '../egs/demo-unit.ts';
import { previewForm } from './form-preview.ts';
import { defaultInvoiceForm } from './invoice-form.ts';

const seller = demoSeller(demoCsrConfig());
const now = new Date('2024-05-01T08:00:00Z');

describe('previewForm', () => {
  it('computes the totals of the default form with one rounding rule', () => {
    const preview = previewForm(defaultInvoiceForm('standard', 'INV-1', '2024-05-01'), seller, now);
    // 3 × 40.00 + 12 × 4.10 = 169.20; VAT 15 % = 25.38.
    expect(preview.totals).toEqual({
      lines: ['120.00', '49.20'],
      net: '169.20',
      vat: '25.38',
      payable: '194.58',
    });
    expect(preview.faults.filter((fault) => fault.severity === 'error')).toEqual([]);
  });

  it('names the field of each fault, errors first, and still shows what it can', () => {
    const form = defaultInvoiceForm('standard', 'INV-1', '2024-05-01');
    const preview = previewForm(
      {
        ...form,
        buyer: { ...form.buyer, vatNumber: '12' },
        lines: [{ name: '', quantity: 'x', price: '1' }],
      },
      seller,
      now,
    );
    expect(preview.totals).toBeUndefined();
    const paths = preview.faults.map((fault) => fault.path);
    expect(paths).toContain('buyer.vatNumber');
    expect(paths).toContain('lines[0].quantity');
    expect(preview.faults[0]?.severity).toBe('error');
  });
});
