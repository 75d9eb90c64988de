import {
  DOCUMENT_KINDS,
  documentKindOf,
  INVOICE_SUBTYPES,
  INVOICE_TYPE_CODES,
  type InvoiceSubtype,
  type InvoiceTypeCode,
} from '@fatoora/core/model';
import { describe, expect, test } from 'vitest';
import { DRAFT_DOCUMENT_KINDS, type DraftDocumentKind, draftDocumentKindOf } from './draft-document-kinds.ts';

const KINDS = Object.keys(DRAFT_DOCUMENT_KINDS) as DraftDocumentKind[];

describe('The kinds a draft can be', () => {
  test('They are core’s six document kinds, as core has them, and a prepayment invoice of each subtype.', () => {
    for (const [kind, entry] of Object.entries(DOCUMENT_KINDS)) {
      expect(DRAFT_DOCUMENT_KINDS[kind as DraftDocumentKind]).toBe(entry);
    }
    expect(KINDS.filter((kind) => !Object.hasOwn(DOCUMENT_KINDS, kind))).toEqual([
      'standard-prepayment-invoice',
      'simplified-prepayment-invoice',
    ]);
  });

  test('Every subtype and type code core accepts is one kind, and each kind is found by its own pair.', () => {
    const pairs = (Object.keys(INVOICE_SUBTYPES) as InvoiceSubtype[]).flatMap((subtype) =>
      (Object.keys(INVOICE_TYPE_CODES) as InvoiceTypeCode[]).map((typeCode) => `${subtype} ${typeCode}`),
    );
    expect(
      KINDS.map(
        (kind) => `${DRAFT_DOCUMENT_KINDS[kind].subtype} ${DRAFT_DOCUMENT_KINDS[kind].typeCode}`,
      ).sort(),
    ).toEqual(pairs.sort());
    for (const kind of KINDS) {
      const { subtype, typeCode } = DRAFT_DOCUMENT_KINDS[kind];
      expect(draftDocumentKindOf(subtype, typeCode)).toBe(kind);
    }
  });

  test('A prepayment invoice is of the invoice kind of its subtype for core, but a kind of its own here.', () => {
    expect(draftDocumentKindOf('standard', '386')).toBe('standard-prepayment-invoice');
    expect(documentKindOf('standard', '386')).toBe('standard-invoice');
    expect(draftDocumentKindOf('simplified', '386')).toBe('simplified-prepayment-invoice');
    expect(documentKindOf('simplified', '386')).toBe('simplified-invoice');
  });

  test('A prepayment invoice is named from core’s 386 entry, and like the tax invoices of its subtype.', () => {
    expect(DRAFT_DOCUMENT_KINDS['standard-prepayment-invoice']).toMatchObject({
      en: 'Standard prepayment invoice',
      ar: INVOICE_TYPE_CODES['386'].ar,
    });
    expect(DRAFT_DOCUMENT_KINDS['simplified-prepayment-invoice']).toMatchObject({
      en: 'Simplified prepayment invoice',
      ar: 'فاتورة دفعة مقدمة مبسطة',
    });
    const names = KINDS.flatMap((kind) => [DRAFT_DOCUMENT_KINDS[kind].en, DRAFT_DOCUMENT_KINDS[kind].ar]);
    expect(new Set(names).size).toBe(names.length);
  });

  test('A subtype or type code outside the tables has no kind.', () => {
    expect(draftDocumentKindOf('standard', '380')).toBeUndefined();
    expect(draftDocumentKindOf('wholesale', '388')).toBeUndefined();
    expect(draftDocumentKindOf(undefined, undefined)).toBeUndefined();
  });
});
