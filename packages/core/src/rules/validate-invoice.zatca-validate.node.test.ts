import { describe, expect, it } from 'vitest';
import { sixKinds } from '../../test/support/scenarios.ts';
import { signWithSdkKey } from '../../test/support/sdk-signer.ts';
import { signAndValidate } from '../../test/support/zatca-validate.ts';
import type { Invoice } from '../model/invoice.ts';
import { writeInvoice } from '../ubl/write-invoice.ts';
import { validateInvoice } from './validate-invoice.ts';

describe('validateInvoice agrees with ZATCA’s rules', () => {
  it('flags the same error rule as zatca-validate on corrupted documents', async () => {
    const [standard, creditNote] = sixKinds as [Invoice, Invoice];
    const corrupted: Record<string, [Invoice, string]> = {
      'seller-vat.xml': [
        { ...standard, seller: { ...standard.seller, vatNumber: '312345678901234' } },
        'BR-KSA-40',
      ],
      'buyer-vat.xml': [
        { ...standard, buyer: { ...standard.buyer, vatNumber: '412345678900003' } },
        'BR-KSA-44',
      ],
      'note-reason.xml': [{ ...creditNote, noteReason: undefined } as Invoice, 'BR-KSA-17'],
    };
    const unsigned = Object.fromEntries(
      Object.entries(corrupted).map(([name, [invoice]]) => [name, writeInvoice(invoice).xml]),
    );
    const { verdicts, output } = await signAndValidate(unsigned, (xml) => signWithSdkKey(xml));
    for (const [name, [invoice, rule]] of Object.entries(corrupted)) {
      expect(
        validateInvoice(invoice).map((fault) => fault.rule),
        name,
      ).toContain(rule);
      const verdict = verdicts.find((candidate) => candidate.file.endsWith(name));
      expect(verdict?.valid, `${name}: ${output}`).toBe(false);
      // This document's own report: from its verdict line to the next verdict line.
      const start = output.indexOf(`file=${verdict!.file}`);
      const next = output.indexOf('ZATCA-VALIDATE ', start + 1);
      const section = output.slice(start, next === -1 ? undefined : next);
      expect(section, name).toContain(rule);
    }
  }, 300_000);
});
