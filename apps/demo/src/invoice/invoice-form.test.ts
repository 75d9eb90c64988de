import { FIRST_PREVIOUS_INVOICE_HASH, type Invoice, validateInvoice } from '@fatoora/core';
import { describe, expect, it } from 'vitest';
import { demoCsrConfig, demoSeller } from '../egs/demo-unit.ts';
import { defaultInvoiceForm, draftFromForm, type InvoiceForm } from './invoice-form.ts';

const seller = demoSeller(demoCsrConfig());

/** The draft completed as the unit would complete it. */
function complete(form: InvoiceForm): Invoice {
  return {
    ...draftFromForm(form, seller),
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

describe('draftFromForm', () => {
  it('makes a standard invoice that breaks no rule', () => {
    expect(errors(complete(defaultInvoiceForm('standard', 'INV-1', '2024-05-01')))).toEqual([]);
  });

  it('makes a simplified invoice without a buyer that breaks no rule', () => {
    const invoice = complete(defaultInvoiceForm('simplified', 'INV-2', '2024-05-01'));
    expect(invoice.buyer).toBeUndefined();
    expect(errors(invoice)).toEqual([]);
  });

  it('makes credit notes that carry the original invoice and a reason', () => {
    const form: InvoiceForm = {
      ...defaultInvoiceForm('standard', 'CN-1', '2024-05-01'),
      typeCode: '381',
      billingReference: ' INV-1 ',
      noteReason: 'Returned items',
    };
    const invoice = complete(form);
    expect(invoice.billingReference).toBe('INV-1');
    expect(errors(invoice)).toEqual([]);
  });

  it('leaves a blank reference and reason out, so the validator names them missing by their paths', () => {
    const form: InvoiceForm = { ...defaultInvoiceForm('simplified', 'DN-1', '2024-05-01'), typeCode: '383' };
    const invoice = complete(form);
    expect(invoice).not.toHaveProperty('noteReason');
    expect(invoice).not.toHaveProperty('billingReference');
    const paths = validateInvoice(invoice, { now: new Date('2024-05-01T08:00:00Z') }).map(
      (fault) => fault.path,
    );
    expect(paths).toContain('noteReason');
    expect(paths).toContain('billingReference');
  });
});
