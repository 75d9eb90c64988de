import { FIRST_PREVIOUS_INVOICE_HASH, type Invoice, validateInvoice } from '@fatoora/core';
import { describe, expect, it } from 'vitest';
import { demoCsrConfig, demoSeller } from '../egs/demo-unit.ts';
import { type SampleDraftOptions, sampleDraft, saudiToday } from './sample-draft.ts';

const seller = demoSeller(demoCsrConfig());

/** The draft completed as the unit would complete it. */
function complete(options: Omit<SampleDraftOptions, 'seller' | 'supplyDate'>): Invoice {
  return {
    ...sampleDraft({ ...options, seller, supplyDate: '2024-05-01' }),
    counter: 1,
    previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
    uuid: '3cf5ee18-ee25-44ea-a444-2c37ba7f1001',
    issueDate: '2024-05-01',
    issueTime: '10:15:00',
  };
}

const errors = (invoice: Invoice) =>
  validateInvoice(invoice, { now: new Date('2024-05-01T08:00:00Z') }).filter(
    (fault) => fault.severity === 'error',
  );

describe('sampleDraft', () => {
  it('makes a standard invoice that breaks no rule', () => {
    expect(errors(complete({ subtype: 'standard', id: 'INV-1' }))).toEqual([]);
  });

  it('makes a simplified invoice that breaks no rule', () => {
    const invoice = complete({ subtype: 'simplified', id: 'INV-2' });
    expect(invoice.transaction.subtype).toBe('simplified');
    expect(errors(invoice)).toEqual([]);
  });

  it('draws no warning either: its charge has its reason code (BR-KSA-19)', () => {
    for (const subtype of ['standard', 'simplified'] as const) {
      const invoice = complete({ subtype, id: 'INV-4' });
      expect(invoice.charges?.[0]?.reasonCode).toBe('DL');
      expect(validateInvoice(invoice, { now: new Date('2024-05-01T08:00:00Z') })).toEqual([]);
      const uncoded = { ...invoice, charges: invoice.charges!.map(({ reasonCode: _, ...charge }) => charge) };
      expect(validateInvoice(uncoded, { now: new Date('2024-05-01T08:00:00Z') }).map((f) => f.rule)).toEqual([
        'BR-KSA-19',
      ]);
    }
  });

  it('is broken on purpose by a wrong buyer VAT number, and the validator names the field', () => {
    const invoice = complete({ subtype: 'standard', id: 'INV-3' });
    const faults = errors({ ...invoice, buyer: { ...invoice.buyer, vatNumber: '12' } });
    expect(faults.map((fault) => fault.path)).toContain('buyer.vatNumber');
  });
});

describe('saudiToday', () => {
  it('is the date in Riyadh, three hours ahead of UTC', () => {
    expect(saudiToday(new Date('2024-05-01T20:59:59Z'))).toBe('2024-05-01');
    expect(saudiToday(new Date('2024-05-01T21:00:00Z'))).toBe('2024-05-02');
  });
});
