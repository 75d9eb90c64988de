import { describe, expect, it } from 'vitest';
import {
  documentKindOf,
  EGS_DOCUMENT_KINDS,
  enabledDocumentKinds,
  enabledSubtypes,
} from './document-kinds.ts';

describe('EGS document kinds', () => {
  it('lists six kinds, standard first, each invoice before its notes', () => {
    expect(Object.keys(EGS_DOCUMENT_KINDS)).toEqual([
      'standard-invoice',
      'standard-credit-note',
      'standard-debit-note',
      'simplified-invoice',
      'simplified-credit-note',
      'simplified-debit-note',
    ]);
  });

  it('names every kind in English and Arabic', () => {
    for (const kind of Object.values(EGS_DOCUMENT_KINDS)) {
      expect(kind.en).not.toBe('');
      expect(kind.ar).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('finds the kind of a subtype and type code', () => {
    expect(documentKindOf('standard', '383')).toBe('standard-debit-note');
    expect(documentKindOf('simplified', '381')).toBe('simplified-credit-note');
  });

  it('refuses a type code outside the table', () => {
    expect(() => documentKindOf('standard', '380' as '388')).toThrow(TypeError);
  });

  it('reads the standard flag from the first position and the simplified flag from the second', () => {
    expect(enabledSubtypes('1000')).toEqual({ standard: true, simplified: false });
    expect(enabledSubtypes('0100')).toEqual({ standard: false, simplified: true });
    expect(enabledSubtypes('0011')).toEqual({ standard: false, simplified: false });
  });

  it('enables all six kinds for 1100, three standard ones for 1000 and three simplified ones for 0100', () => {
    expect(enabledDocumentKinds('1100')).toHaveLength(6);
    expect(enabledDocumentKinds('1000')).toEqual([
      'standard-invoice',
      'standard-credit-note',
      'standard-debit-note',
    ]);
    expect(enabledDocumentKinds('0100')).toEqual([
      'simplified-invoice',
      'simplified-credit-note',
      'simplified-debit-note',
    ]);
  });
});
