import { describe, expect, it } from 'vitest';
import { otherCertificateText, samples, sdkCertificateText } from '../../test/samples.ts';
import { parseCertificate } from '../crypto/certificate.ts';
import { FIRST_PREVIOUS_INVOICE_HASH } from './invoice-hash.ts';
import { verifyInvoice } from './verify-invoice.ts';

const codes = (xml: string, options = {}) =>
  verifyInvoice(xml, options).findings.map((finding) => finding.code);
const simplified = samples.find(
  (sample) => sample.path === 'Data/Samples/Simplified/Invoice/Simplified_Invoice.xml',
)!;

describe('verifyInvoice on the SDK samples', () => {
  for (const sample of samples) {
    it(`accepts ${sample.path}: hash, signature, signed properties, certificate and QR`, () => {
      const result = verifyInvoice(sample.xml, {
        previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
        certificate: sdkCertificateText,
      });
      expect(result.findings).toEqual([]);
      expect(result.valid).toBe(true);
      expect(result.invoiceHash).toBe(sample.expectedHash);
      expect(result.qr?.invoiceHash).toBe(sample.expectedHash);
      expect(result.qr?.tags).toEqual(
        result.simplified ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : [1, 2, 3, 4, 5, 6, 7, 8],
      );
    });
  }
});

describe('verifyInvoice on tampered copies', () => {
  it('reports a changed amount as a hash mismatch and a QR mismatch', () => {
    const tampered = simplified.xml.replace(
      '<cbc:PayableAmount currencyID="SAR">231.15<',
      '<cbc:PayableAmount currencyID="SAR">231.16<',
    );
    expect(tampered).not.toBe(simplified.xml);
    const result = verifyInvoice(tampered);
    expect(result.valid).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual([
      'invoice-hash-mismatch',
      'qr-mismatch',
      'qr-mismatch',
    ]);
    expect(result.findings.filter((f) => f.code === 'qr-mismatch').map((f) => f.tag)).toEqual([4, 6]);
  });

  it('reports a changed line amount that the QR does not show as a hash mismatch', () => {
    const tampered = simplified.xml.replace(
      /<cbc:LineExtensionAmount currencyID="SAR">([0-9.]+)</,
      '<cbc:LineExtensionAmount currencyID="SAR">1$1<',
    );
    expect(tampered).not.toBe(simplified.xml);
    expect(codes(tampered)).toEqual(['invoice-hash-mismatch', 'qr-mismatch']);
  });

  it('reports a changed PIH against the expected previous hash', () => {
    const tampered = simplified.xml.replace(FIRST_PREVIOUS_INVOICE_HASH, `${'X'.repeat(43)}=`);
    expect(codes(tampered, { previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH })).toEqual([
      'pih-mismatch',
      'invoice-hash-mismatch',
      'qr-mismatch',
    ]);
  });

  it('reports a correct document whose PIH is not the expected one', () => {
    expect(codes(simplified.xml, { previousInvoiceHash: simplified.expectedHash })).toEqual(['pih-mismatch']);
  });

  it('reports a changed SigningTime as a SignedProperties digest mismatch', () => {
    const tampered = simplified.xml.replace(
      /<xades:SigningTime>[^<]+</,
      '<xades:SigningTime>2030-01-01T00:00:00<',
    );
    expect(tampered).not.toBe(simplified.xml);
    expect(codes(tampered)).toEqual(['signed-properties-digest-mismatch']);
  });

  it('reports one changed character of SignatureValue as an invalid signature', () => {
    const original = /<ds:SignatureValue>([^<]+)</.exec(simplified.xml)![1]!;
    const position = 20;
    const changed =
      original.slice(0, position) + (original[position] === 'A' ? 'B' : 'A') + original.slice(position + 1);
    const tampered = simplified.xml.replace(`${original}<`, `${changed}<`);
    const findings = verifyInvoice(tampered).findings;
    expect(findings.map((f) => f.code)).toEqual(['signature-invalid', 'qr-mismatch']);
    expect(findings[1]?.tag).toBe(7);
  });

  it('reports a different certificate as certificate, signature and QR findings', () => {
    const other = parseCertificate(otherCertificateText);
    const tampered = simplified.xml.replace(
      /<ds:X509Certificate>[^<]+</,
      `<ds:X509Certificate>${other.base64}<`,
    );
    const result = verifyInvoice(tampered, { certificate: sdkCertificateText });
    expect(result.findings.map((f) => f.code)).toEqual([
      'certificate-unexpected',
      'signature-invalid',
      'certificate-digest-mismatch',
      'issuer-mismatch',
      'serial-mismatch',
      'qr-mismatch',
      'qr-mismatch',
    ]);
    expect(result.findings.filter((f) => f.code === 'qr-mismatch').map((f) => f.tag)).toEqual([8, 9]);
  });

  it('reports a missing signature and QR', () => {
    const stripped = simplified.xml.replace(/<ext:UBLExtensions>[\s\S]*<\/ext:UBLExtensions>/, '');
    expect(codes(stripped)).toEqual(['signature-missing']);
  });

  it('reports a malformed QR', () => {
    const tampered = simplified.xml.replace(/(mimeCode="text\/plain">)AW/, '$1Zm');
    expect(codes(tampered)).toEqual(['qr-malformed']);
  });

  it('reports a document that is not an invoice', () => {
    expect(codes('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/>')).toEqual([
      'not-an-invoice',
    ]);
  });
});

describe('verifyInvoice on foreign documents', () => {
  it('verifies with the embedded certificate when no expected certificate is given', () => {
    const result = verifyInvoice(simplified.xml);
    expect(result.valid).toBe(true);
    expect(result.certificate?.serialNumber).toBe(parseCertificate(sdkCertificateText).serialNumber);
    expect(result.signingTime).toBe('2025-07-22T15:51:28');
  });
});
