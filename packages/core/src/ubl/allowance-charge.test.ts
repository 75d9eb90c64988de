import { describe, expect, it } from 'vitest';
import { chargedInvoice as withCharges } from '../../test/support/charged-invoice.ts';
import type { Invoice } from '../model/invoice.ts';
import { buildInvoice } from '../pipeline/build-invoice.ts';
import { parseInvoice } from '../pipeline/parse-invoice.ts';
import { validateInvoice } from '../rules/validate-invoice.ts';

const now = new Date('2024-05-01T12:00:00+03:00');

const faultsOf = (invoice: Invoice) =>
  validateInvoice(invoice, { now }).map((fault) => `${fault.rule}:${fault.severity}@${fault.path}`);

describe('allowance and charge reason codes', () => {
  it('are written in UBL order, before the reason, on the document and on lines', () => {
    const { xml } = buildInvoice(withCharges(true));
    expect(xml).toMatch(
      /<cbc:ChargeIndicator>true<\/cbc:ChargeIndicator>\s*<cbc:AllowanceChargeReasonCode>CAI<\/cbc:AllowanceChargeReasonCode>\s*<cbc:AllowanceChargeReason>Cutting<\/cbc:AllowanceChargeReason>/,
    );
    expect(xml).toMatch(
      /<cbc:ChargeIndicator>false<\/cbc:ChargeIndicator>\s*<cbc:AllowanceChargeReasonCode>95<\/cbc:AllowanceChargeReasonCode>\s*<cbc:AllowanceChargeReason>Discount<\/cbc:AllowanceChargeReason>/,
    );
    // A code without a reason text gets the code's English name as its text (BR-KSA-21).
    expect(xml).toMatch(
      /<cbc:AllowanceChargeReasonCode>FC<\/cbc:AllowanceChargeReasonCode>\s*<cbc:AllowanceChargeReason>Freight service<\/cbc:AllowanceChargeReason>/,
    );
  });

  it('are read back by parseInvoice (build → parse → build gives the same document)', () => {
    const { xml } = buildInvoice(withCharges(true));
    const parsed = parseInvoice(xml);
    expect(parsed.charges).toEqual([
      { amount: '12.50', reasonCode: 'FC', reason: 'Freight service', taxCategory: 'S', taxRate: '15.00' },
    ]);
    expect(parsed.allowances?.[0]).toMatchObject({ reasonCode: '95', reason: 'Discount' });
    expect(parsed.lines[0]!.charges).toEqual([{ amount: '2.00', reasonCode: 'CAI', reason: 'Cutting' }]);
    expect(buildInvoice(parsed).xml).toBe(xml);
  });

  it('leave no BR-KSA-19/20 warning when every charge has one, and one per charge when not', () => {
    expect(faultsOf(withCharges(true))).toEqual([]);
    expect(faultsOf(withCharges(false))).toEqual([
      'BR-KSA-19:warning@charges[0].reasonCode',
      'BR-KSA-20:warning@lines[0].charges[0].reasonCode',
    ]);
    // Documents given as XML are checked the same way.
    const xml = buildInvoice(withCharges(false)).xml;
    expect(validateInvoice(xml, { now }).map((fault) => fault.rule)).toEqual(['BR-KSA-19', 'BR-KSA-20']);
  });

  it('must come from their table: UNTDID 7161 for charges (BR-KSA-CL-06), 5189 for allowances (BR-CL-19)', () => {
    const invoice = withCharges(true);
    const wrong = {
      ...invoice,
      allowances: [{ ...invoice.allowances![0]!, reasonCode: 'FC' }],
      charges: [{ ...invoice.charges![0]!, reasonCode: '95' }],
    } as unknown as Invoice;
    expect(faultsOf(wrong)).toEqual([
      'BR-CL-19:warning@allowances[0].reasonCode',
      'BR-KSA-CL-06:warning@charges[0].reasonCode',
    ]);
    const untyped = {
      ...invoice,
      charges: [{ ...invoice.charges![0]!, reasonCode: 7161 }],
    } as unknown as Invoice;
    expect(faultsOf(untyped)).toContain('model-type:error@charges[0].reasonCode');
  });
});
