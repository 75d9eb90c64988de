import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samples } from '../../test/samples.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { INVOICE_TYPE_CODES, isInvoiceTypeCode } from './document-types.ts';
import { formatTransactionCode, parseTransactionCode, type TransactionCode } from './transaction-code.ts';

const rulesOf = (work: () => unknown): string[] => {
  try {
    work();
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.faults.map((fault) => fault.rule);
    throw error;
  }
};

describe('KSA-2 transaction code', () => {
  it('reads and writes back every SDK sample’s code, with a known document type', () => {
    for (const { path, xml } of samples) {
      const [, name, typeCode] = /<cbc:InvoiceTypeCode name="([^"]+)">([^<]+)</.exec(xml)!;
      expect(isInvoiceTypeCode(typeCode), path).toBe(true);
      const code = parseTransactionCode(name!);
      expect(formatTransactionCode(code), path).toBe(name);
      expect(code.subtype, path).toBe(path.includes('/Simplified/') ? 'simplified' : 'standard');
    }
  });

  it('reads the flags by position', () => {
    expect(parseTransactionCode('0211010')).toEqual({
      subtype: 'simplified',
      thirdParty: true,
      nominal: true,
      export: false,
      summary: true,
      selfBilled: false,
    });
    expect(parseTransactionCode('0100001')).toMatchObject({ subtype: 'standard', selfBilled: true });
  });

  it('reports BR-KSA-06 for a malformed code', () => {
    for (const bad of ['', '0300000', '010000', '01000000', '0100002', 'ABCDEFG', undefined]) {
      expect(
        rulesOf(() => parseTransactionCode(bad as string)),
        String(bad),
      ).toEqual(['BR-KSA-06']);
    }
  });

  it('reports BR-KSA-07 and BR-KSA-31 for flags that cannot go together', () => {
    expect(rulesOf(() => parseTransactionCode('0100101'))).toEqual(['BR-KSA-07']);
    expect(rulesOf(() => parseTransactionCode('0200100'))).toEqual(['BR-KSA-31']);
    expect(rulesOf(() => parseTransactionCode('0200001'))).toEqual(['BR-KSA-31']);
    expect(rulesOf(() => parseTransactionCode('0200101'))).toEqual(['BR-KSA-07', 'BR-KSA-31']);
  });

  it('round-trips every valid combination (property)', () => {
    const code = fc.record<TransactionCode>({
      subtype: fc.constantFrom('standard', 'simplified'),
      thirdParty: fc.boolean(),
      nominal: fc.boolean(),
      export: fc.boolean(),
      summary: fc.boolean(),
      selfBilled: fc.boolean(),
    });
    fc.assert(
      fc.property(code, (value) => {
        const allowed =
          !(value.export && value.selfBilled) &&
          !(value.subtype === 'simplified' && (value.export || value.selfBilled));
        if (allowed) expect(parseTransactionCode(formatTransactionCode(value))).toEqual(value);
        else expect(() => parseTransactionCode(formatTransactionCode(value))).toThrow(ValidationError);
      }),
    );
  });

  it('names every document type in English and Arabic', () => {
    for (const entry of Object.values(INVOICE_TYPE_CODES)) {
      expect(entry.en).toMatch(/\w/);
      expect(entry.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
