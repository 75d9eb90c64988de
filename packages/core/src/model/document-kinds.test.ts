import { describe, expect, it } from 'vitest';
import {
  complianceKindOf,
  DOCUMENT_KINDS,
  documentKindOf,
  enabledDocumentKinds,
  enabledSubtypes,
  submissionRouteOf,
} from './document-kinds.ts';
import { INVOICE_SUBTYPES, INVOICE_TYPE_CODES } from './document-types.ts';

describe('DOCUMENT_KINDS', () => {
  it('lists six kinds, standard first, each invoice before its notes', () => {
    expect(Object.keys(DOCUMENT_KINDS)).toEqual([
      'standard-invoice',
      'standard-credit-note',
      'standard-debit-note',
      'simplified-invoice',
      'simplified-credit-note',
      'simplified-debit-note',
    ]);
  });

  it("names each kind's compliance check step as the platform does (fatoora-api.md §6, Missing-ComplianceSteps)", () => {
    expect(Object.values(DOCUMENT_KINDS).map((kind) => kind.complianceStep)).toEqual([
      'standard-compliant',
      'standard-credit-note-compliant',
      'standard-debit-note-compliant',
      'simplified-compliant',
      'simplified-credit-note-compliant',
      'simplified-debit-note-compliant',
    ]);
  });

  it('keys each step on the KSA-2 subtype and the type code (fatoora-api.md §6: 388, 381, 383 with 01… or 02…)', () => {
    for (const [key, kind] of Object.entries(DOCUMENT_KINDS)) {
      expect(Object.hasOwn(INVOICE_SUBTYPES, kind.subtype), key).toBe(true);
      expect(Object.hasOwn(INVOICE_TYPE_CODES, kind.typeCode), key).toBe(true);
      expect(key).toBe(`${kind.subtype}-${INVOICE_TYPE_CODES[kind.typeCode].kind}`);
    }
  });

  it('names every kind in English and Arabic', () => {
    for (const kind of Object.values(DOCUMENT_KINDS)) {
      expect(kind.en).not.toBe('');
      expect(kind.ar).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('finds the kind of a subtype and type code', () => {
    expect(documentKindOf('standard', '383')).toBe('standard-debit-note');
    expect(documentKindOf('simplified', '381')).toBe('simplified-credit-note');
  });

  it('files a prepayment invoice (386) under the invoice kind of its subtype', () => {
    expect(documentKindOf('standard', '386')).toBe('standard-invoice');
    expect(documentKindOf('simplified', '386')).toBe('simplified-invoice');
    expect(Object.values(DOCUMENT_KINDS).map((kind) => kind.typeCode)).not.toContain('386');
  });

  it('gives the compliance step of each kind’s own document, and none for a prepayment invoice', () => {
    for (const [key, kind] of Object.entries(DOCUMENT_KINDS)) {
      expect(complianceKindOf(kind.subtype, kind.typeCode)).toBe(key);
    }
    expect(complianceKindOf('standard', '386')).toBeUndefined();
    expect(complianceKindOf('simplified', '386')).toBeUndefined();
    expect(complianceKindOf('standard', '380' as '388')).toBeUndefined();
  });

  it('refuses a type code outside the table', () => {
    expect(() => documentKindOf('standard', '380' as '388')).toThrow(TypeError);
  });

  it('reads the standard flag from the first position and the simplified flag from the second', () => {
    expect(enabledSubtypes('1000')).toEqual({ standard: true, simplified: false });
    expect(enabledSubtypes('0100')).toEqual({ standard: false, simplified: true });
    expect(enabledSubtypes('0011')).toEqual({ standard: false, simplified: false });
    expect(enabledSubtypes(undefined)).toEqual({ standard: false, simplified: false });
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

  it('sends standard documents to clearance and simplified ones to reporting', () => {
    expect(
      Object.fromEntries(enabledDocumentKinds('1100').map((kind) => [kind, submissionRouteOf(kind)])),
    ).toEqual({
      'standard-invoice': 'clearance',
      'standard-credit-note': 'clearance',
      'standard-debit-note': 'clearance',
      'simplified-invoice': 'reporting',
      'simplified-credit-note': 'reporting',
      'simplified-debit-note': 'reporting',
    });
  });
});
