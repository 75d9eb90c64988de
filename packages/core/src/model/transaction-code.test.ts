import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samples } from '../../test/samples.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { INVOICE_TYPE_CODES, isInvoiceTypeCode } from './document-types.ts';
import {
  formatTransactionCode,
  parseTransactionCode,
  readTransactionCode,
  TRANSACTION_FLAGS,
  type TransactionCode,
} from './transaction-code.ts';

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
    for (const bad of ['', '0300000', '010000', '0100000000', '0100002', '01000002', 'ABCDEFG', undefined]) {
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

  it('reads R3.4.8’s eight- and nine-character codes: continuous supply (C) and B2G (G)', () => {
    const seven = {
      subtype: 'standard',
      thirdParty: false,
      nominal: false,
      export: false,
      summary: false,
      selfBilled: false,
    };
    expect(parseTransactionCode('01000001')).toEqual({ ...seven, continuousSupply: true });
    expect(parseTransactionCode('010000001')).toEqual({ ...seven, continuousSupply: false, b2g: true });
    expect(parseTransactionCode('020100010')).toEqual({
      ...seven,
      subtype: 'simplified',
      nominal: true,
      continuousSupply: true,
      b2g: false,
    });
    expect(TRANSACTION_FLAGS.continuousSupply.position).toBe(8);
    expect(TRANSACTION_FLAGS.b2g.position).toBe(9);
  });

  it('writes seven characters unless continuousSupply or b2g is given, and as many as were read', () => {
    const code = parseTransactionCode('0100000');
    expect(formatTransactionCode(code)).toBe('0100000');
    expect(formatTransactionCode({ ...code, continuousSupply: true })).toBe('01000001');
    expect(formatTransactionCode({ ...code, continuousSupply: false })).toBe('01000000');
    expect(formatTransactionCode({ ...code, b2g: true })).toBe('010000001');
    expect(formatTransactionCode({ ...code, b2g: false })).toBe('010000000');
    for (const name of ['0100000', '01000000', '010000000', '020000011', '01100111']) {
      expect(formatTransactionCode(parseTransactionCode(name)), name).toBe(name);
    }
  });

  it('reads the structure alone for the reader, leaving BR-KSA-07 and BR-KSA-31 to the validator', () => {
    expect(readTransactionCode('0200100')).toMatchObject({ subtype: 'simplified', export: true });
    expect(rulesOf(() => readTransactionCode('0100101'))).toEqual([]);
    expect(rulesOf(() => readTransactionCode('02001000000'))).toEqual(['BR-KSA-06']);
  });

  it('round-trips every valid combination (property)', () => {
    const code = fc.record<TransactionCode>(
      {
        subtype: fc.constantFrom('standard', 'simplified'),
        thirdParty: fc.boolean(),
        nominal: fc.boolean(),
        export: fc.boolean(),
        summary: fc.boolean(),
        selfBilled: fc.boolean(),
        continuousSupply: fc.boolean(),
        b2g: fc.boolean(),
      },
      { requiredKeys: ['subtype', 'thirdParty', 'nominal', 'export', 'summary', 'selfBilled'] },
    );
    fc.assert(
      fc.property(code, (value) => {
        const allowed =
          !(value.export && value.selfBilled) &&
          !(value.subtype === 'simplified' && (value.export || value.selfBilled));
        // A code with b2g but no continuousSupply reads back with continuousSupply false: position 8 is written.
        const written = value.b2g !== undefined ? { continuousSupply: false, ...value } : value;
        if (allowed) expect(parseTransactionCode(formatTransactionCode(value))).toEqual(written);
        else expect(() => parseTransactionCode(formatTransactionCode(value))).toThrow(ValidationError);
      }),
    );
  });

  it('accepts 386 (prepayment invoice) as ZATCA’s BR-KSA-05 does: " 388 383 381 386 "', () => {
    expect(['388', '383', '381', '386'].every(isInvoiceTypeCode)).toBe(true);
    expect(['380', '384', '389', ' 388', 388].some(isInvoiceTypeCode)).toBe(false);
    expect(INVOICE_TYPE_CODES['386']).toMatchObject({ kind: 'invoice', en: 'Prepayment invoice' });
  });

  it('names every document type in English and Arabic', () => {
    for (const entry of Object.values(INVOICE_TYPE_CODES)) {
      expect(entry.en).toMatch(/\w/);
      expect(entry.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
