import { describe, expect, it } from 'vitest';
import { r348Samples } from '../../test/samples.ts';
import { NS } from '../xml/namespaces.ts';
import { parseXml } from '../xml/parse.ts';
import { readXml } from '../xml/read-xml.ts';
import {
  attributeAt,
  documentReference,
  elementAt,
  elementsAt,
  invoiceRootOf,
  textAt,
  valueAt,
} from './ubl-paths.ts';

const INVOICE = `<x:Invoice xmlns:x="${NS.invoice}" xmlns:a="${NS.cac}" xmlns:b="${NS.cbc}" xmlns:other="urn:other">
  <b:ID> INV-1 </b:ID>
  <b:InvoiceTypeCode name="0200000">388</b:InvoiceTypeCode>
  <b:Note></b:Note>
  <other:IssueDate>1999-01-01</other:IssueDate>
  <b:IssueDate>2024-05-01</b:IssueDate>
  <a:AdditionalDocumentReference><b:ID> ICV </b:ID><b:UUID>7</b:UUID></a:AdditionalDocumentReference>
  <a:AdditionalDocumentReference><b:ID>ICV</b:ID><b:UUID>8</b:UUID></a:AdditionalDocumentReference>
  <a:AccountingSupplierParty><a:Party><a:PartyTaxScheme><b:CompanyID>first</b:CompanyID></a:PartyTaxScheme><a:PartyTaxScheme><b:CompanyID>second</b:CompanyID></a:PartyTaxScheme></a:Party></a:AccountingSupplierParty>
  <a:InvoiceLine><a:TaxTotal><b:TaxAmount>1.00</b:TaxAmount></a:TaxTotal></a:InvoiceLine>
  <a:InvoiceLine><b:ID>2</b:ID></a:InvoiceLine>
</x:Invoice>`;

describe('the UBL path reader', () => {
  const root = invoiceRootOf(readXml(INVOICE))!;

  it('matches steps by namespace URI and local name, whatever prefixes the document binds', () => {
    expect(root).toBeDefined();
    expect(textAt(root, 'cbc:IssueDate')).toBe('2024-05-01');
    expect(attributeAt(root, 'name', 'cbc:InvoiceTypeCode')).toBe('0200000');
  });

  it('takes the first child of each step and never searches below the path', () => {
    expect(
      textAt(root, 'cac:AccountingSupplierParty', 'cac:Party', 'cac:PartyTaxScheme', 'cbc:CompanyID'),
    ).toBe('first');
    expect(elementAt(root, 'cac:TaxTotal')).toBeUndefined();
    expect(elementsAt(root, 'cac:InvoiceLine')).toHaveLength(2);
    expect(elementsAt(root, 'cac:AccountingSupplierParty', 'cac:Party', 'cac:PartyTaxScheme')).toHaveLength(
      2,
    );
    expect(elementsAt(root, 'cac:Delivery', 'cbc:ActualDeliveryDate')).toEqual([]);
  });

  it('tells absent from empty, and the text as written from the trimmed text', () => {
    expect(valueAt(root, 'cbc:ID')).toBe(' INV-1 ');
    expect(textAt(root, 'cbc:ID')).toBe('INV-1');
    expect(textAt(root, 'cbc:Note')).toBe('');
    expect(textAt(root, 'cbc:UUID')).toBeUndefined();
    expect(attributeAt(root, 'currencyID', 'cbc:ID')).toBeUndefined();
    expect(valueAt(undefined, 'cbc:ID')).toBeUndefined();
  });

  it('finds a document reference by its trimmed ID, or by the ID as written when asked', () => {
    expect(textAt(documentReference(root, 'ICV'), 'cbc:UUID')).toBe('7');
    expect(textAt(documentReference(root, 'ICV', 'exact'), 'cbc:UUID')).toBe('8');
    expect(documentReference(root, 'PIH')).toBeUndefined();
  });

  it('accepts only a UBL 2.1 Invoice root', () => {
    expect(invoiceRootOf(readXml(`<Invoice xmlns="urn:other"/>`))).toBeUndefined();
    expect(invoiceRootOf(readXml(`<CreditNote xmlns="${NS.invoice}"/>`))).toBeUndefined();
  });

  it('reads the same values from the strict reader’s tree and from an xmldom DOM of every SDK sample', () => {
    for (const sample of r348Samples) {
      const read = (document: Parameters<typeof invoiceRootOf>[0]) => {
        const invoice = invoiceRootOf(document);
        return [
          textAt(invoice, 'cbc:UUID'),
          valueAt(
            invoice,
            'cac:AccountingSupplierParty',
            'cac:Party',
            'cac:PartyLegalEntity',
            'cbc:RegistrationName',
          ),
          textAt(documentReference(invoice, 'PIH'), 'cac:Attachment', 'cbc:EmbeddedDocumentBinaryObject'),
          elementsAt(invoice, 'cac:InvoiceLine').length,
        ];
      };
      const light = read(readXml(sample.xml));
      expect(
        light.every((value) => value !== undefined),
        sample.path,
      ).toBe(true);
      expect(read(parseXml(sample.xml)), sample.path).toEqual(light);
    }
  });
});
