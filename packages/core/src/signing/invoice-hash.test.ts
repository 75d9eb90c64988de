import { describe, expect, it } from 'vitest';
import { samples } from '../../test/samples.ts';
import { XmlError } from '../errors/xml-error.ts';
import { hashInvoice } from './invoice-hash.ts';

describe('hashInvoice', () => {
  it('covers all 45 SDK samples', () => {
    expect(samples).toHaveLength(45);
  });

  for (const sample of samples) {
    it(`computes the SDK's hash for ${sample.path}`, () => {
      expect(hashInvoice(sample.xml)).toBe(sample.expectedHash);
    });
  }

  it('gives the same hash for a sample’s UTF-8 bytes, and applies the caller’s limits', () => {
    const sample = samples[0]!;
    const bytes = new TextEncoder().encode(sample.xml);
    expect(hashInvoice(bytes)).toBe(sample.expectedHash);
    expect(() => hashInvoice(bytes, { maxLength: bytes.length - 1 })).toThrow(
      expect.objectContaining({ code: 'xml-too-large' }),
    );
  });

  it('changes when an amount changes', () => {
    const sample = samples[0]!;
    const tampered = sample.xml.replace(
      /<cbc:PayableAmount currencyID="SAR">([0-9.]+)</,
      '<cbc:PayableAmount currencyID="SAR">9$1<',
    );
    expect(tampered).not.toBe(sample.xml);
    expect(hashInvoice(tampered)).not.toBe(sample.expectedHash);
  });

  it('ignores the contents of the signature, the QR and cac:Signature', () => {
    const sample = samples[0]!;
    const resigned = sample.xml
      .replace(/<ds:SignatureValue>[^<]+</, '<ds:SignatureValue>AAAA<')
      .replace(
        /(<cbc:ID>QR<\/cbc:ID>\s*<cac:Attachment>\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>)[^<]+/,
        '$1AAAA',
      );
    expect(resigned).not.toBe(sample.xml);
    expect(hashInvoice(resigned)).toBe(sample.expectedHash);
  });

  it('keeps the whitespace around the removed elements', () => {
    const sample = samples[0]!;
    const withoutGap = sample.xml.replace(/<\/ext:UBLExtensions>\s+/, '</ext:UBLExtensions>');
    expect(hashInvoice(withoutGap)).not.toBe(sample.expectedHash);
  });

  it('refuses a document with a DOCTYPE', () => {
    expect(() => hashInvoice('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).toThrow(XmlError);
  });
});
