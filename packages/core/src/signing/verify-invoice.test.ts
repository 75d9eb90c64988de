import { describe, expect, it } from 'vitest';
import { otherCertificateText, samples, sdkCertificateText } from '../../test/samples.ts';
import { signWithSdkKey } from '../../test/support/sdk-signer.ts';
import {
  emptyQr,
  qrTextOf,
  rewriteQrTimestamp,
  rewriteSigningTime,
} from '../../test/support/wild-documents.ts';
import { parseCertificate } from '../crypto/certificate.ts';
import { decodeQr } from '../qr/decode-qr.ts';
import { FIRST_PREVIOUS_INVOICE_HASH } from './invoice-hash.ts';
import { readInvoiceQr } from './read-invoice-qr.ts';
import { stripSignature } from './strip-signature.ts';
import { VERIFICATION_CODES, VERIFICATION_SEVERITY } from './verification-codes.ts';
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

describe('verifyInvoice on documents from the wild (issue 10)', () => {
  /** The simplified sample re-signed with the SDK key, then its SigningTime written as `written`. */
  const signedAt = (written: string) =>
    rewriteSigningTime(signWithSdkKey(stripSignature(simplified.xml), '2024-05-01T10:15:00'), written);

  it('accepts a SigningTime written with Z, an offset or fractional seconds: each is an xsd:dateTime', () => {
    for (const written of [
      '2024-05-01T10:15:00Z',
      '2024-05-01T13:15:00+03:00',
      '2024-05-01T10:15:00.250Z',
      '2024-05-01T10:15:00.5',
    ]) {
      const result = verifyInvoice(signedAt(written), { certificate: sdkCertificateText });
      expect(result.findings, written).toEqual([]);
      expect(result.valid, written).toBe(true);
      expect(result.signingTime, written).toBe(written);
    }
  });

  it('accepts every SDK sample with a Z added to its SigningTime and the signed properties re-digested', () => {
    for (const sample of samples) {
      const time = /<xades:SigningTime>([^<]+)</.exec(sample.xml)![1]!;
      const result = verifyInvoice(rewriteSigningTime(sample.xml, `${time}Z`), {
        previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
        certificate: sdkCertificateText,
      });
      expect(result.findings, sample.path).toEqual([]);
    }
  });

  it('still reports a SigningTime that is no xsd:dateTime, even with a matching digest', () => {
    for (const written of [
      'the first of May',
      '2024-02-30T10:15:00',
      '2024-05-01 10:15:00',
      '2024-05-01T10:15:00+15:00',
    ]) {
      const findings = verifyInvoice(signedAt(written)).findings;
      expect(
        findings.map((f) => f.code),
        written,
      ).toEqual(['signing-time-invalid']);
      expect(findings[0]?.severity).toBe('error');
    }
  });

  it('rates a QR tag 3 with a Z the IssueTime lacks a warning, and the document valid', () => {
    const issued = decodeQr(qrTextOf(simplified.xml)).timestamp;
    expect(issued).not.toMatch(/Z$/);
    const result = verifyInvoice(rewriteQrTimestamp(simplified.xml, `${issued}Z`), {
      certificate: sdkCertificateText,
    });
    expect(result.findings).toEqual([
      {
        code: 'qr-timestamp-mismatch',
        severity: 'warning',
        tag: 3,
        expected: issued,
        actual: `${issued}Z`,
        message: expect.stringContaining('invoiceTimeStamp_QRCODE_INVALID'),
      },
    ]);
    expect(result.valid).toBe(true);
    expect(result.qr?.timestamp).toBe(`${issued}Z`);
  });

  it('rates the same time with fractional seconds or an offset a warning too', () => {
    const issued = decodeQr(qrTextOf(simplified.xml)).timestamp;
    for (const timestamp of [`${issued}.000`, `${issued}+03:00`, `${issued}.000Z`]) {
      const result = verifyInvoice(rewriteQrTimestamp(simplified.xml, timestamp));
      expect(
        result.findings.map((f) => [f.code, f.severity]),
        timestamp,
      ).toEqual([['qr-timestamp-mismatch', 'warning']]);
      expect(result.valid, timestamp).toBe(true);
    }
  });

  it('rates a QR tag 3 naming another time an error', () => {
    const issued = decodeQr(qrTextOf(simplified.xml)).timestamp;
    const [date, time] = issued.split('T') as [string, string];
    for (const timestamp of [`${date}T00:00:00Z`, `${date}T${time.slice(0, 6)}59`, `${date} ${time}`]) {
      expect(timestamp).not.toBe(issued);
      const result = verifyInvoice(rewriteQrTimestamp(simplified.xml, timestamp));
      expect(result.findings, timestamp).toEqual([
        expect.objectContaining({ code: 'qr-mismatch', severity: 'error', tag: 3, actual: timestamp }),
      ]);
      expect(result.valid, timestamp).toBe(false);
    }
  });

  it('says an empty QR element is empty, not missing or malformed', () => {
    const xml = emptyQr(simplified.xml);
    expect(xml).toContain('mimeCode="text/plain"/>');
    expect(readInvoiceQr(xml)).toBe('');
    const result = verifyInvoice(xml);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'qr-empty',
        severity: 'error',
        message: expect.stringContaining('empty'),
      }),
    ]);
    expect(result.valid).toBe(false);
    expect(result.qr).toBeUndefined();
  });

  it('says a QR reference without its binary object is missing, naming the element', () => {
    const xml = simplified.xml.replace(
      /(<cbc:ID>QR<\/cbc:ID>\s*)<cac:Attachment>[\s\S]*?<\/cac:Attachment>/,
      '$1',
    );
    expect(xml).not.toBe(simplified.xml);
    expect(verifyInvoice(xml).findings).toEqual([
      expect.objectContaining({
        code: 'qr-missing',
        message: expect.stringContaining('EmbeddedDocumentBinaryObject'),
      }),
    ]);
  });

  it('gives every finding the severity of its code', () => {
    const tampered = simplified.xml.replace(
      '<cbc:PayableAmount currencyID="SAR">231.15<',
      '<cbc:PayableAmount currencyID="SAR">231.16<',
    );
    const findings = verifyInvoice(tampered).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.severity).toBe(VERIFICATION_SEVERITY[finding.code]);
    expect(Object.keys(VERIFICATION_SEVERITY).sort()).toEqual(Object.keys(VERIFICATION_CODES).sort());
    expect(Object.entries(VERIFICATION_SEVERITY).filter(([, severity]) => severity === 'warning')).toEqual([
      ['qr-timestamp-mismatch', 'warning'],
    ]);
  });
});
