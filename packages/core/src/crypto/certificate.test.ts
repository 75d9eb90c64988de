import { describe, expect, it } from 'vitest';
import { otherCertificateText, samples, sdkCertificateText } from '../../test/samples.ts';
import { decodeBase64, encodeBase64 } from '../encoding/base64.ts';
import { writePem } from '../encoding/pem.ts';
import { utf8Encode } from '../encoding/utf8.ts';
import { CertificateError } from '../errors/certificate-error.ts';
import { readTlv } from '../qr/tlv.ts';
import { certificateFromBinarySecurityToken, parseCertificate } from './certificate.ts';

const certificate = parseCertificate(sdkCertificateText);

describe('parseCertificate', () => {
  it("reads the SDK certificate's issuer, serial, subject and validity as ZATCA writes them", () => {
    expect(certificate.issuer).toBe('CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local');
    expect(certificate.serialNumber).toBe('379112742831380471835263969587287663520528387');
    expect(certificate.subject).toBe(
      'CN=TST-886431145-399999999900003, OU=Riyadh Branch, O=Maximum Speed Tech Supply LTD, C=SA',
    );
    expect(certificate.notBefore.toISOString()).toBe('2024-01-11T09:19:30.000Z');
    expect(certificate.notAfter.toISOString()).toBe('2029-01-09T09:19:30.000Z');
    expect(certificate.spki).toHaveLength(88);
    expect(certificate.publicKey).toHaveLength(65);
    expect(certificate.signatureAlgorithm).toBe('1.2.840.10045.4.3.2');
    expect(certificate.base64).toBe(sdkCertificateText.trim());
  });

  it('reads the EGS fields of the SubjectAltName', () => {
    expect(certificate.egs).toEqual({
      egsSerialNumber: '1-TST|2-TST|3-ed22f1d8-e6a2-1118-9b58-d9a8f11e445f',
      vatNumber: '399999999900003',
      invoiceType: '1100',
      location: 'RRRD2929',
      industry: 'Supply activities',
    });
  });

  it('agrees with the QR tags 8 and 9 of the SDK’s simplified invoice', () => {
    const sample = samples.find((s) => s.path === 'Data/Samples/Simplified/Invoice/Simplified_Invoice.xml')!;
    const qr =
      /<cbc:ID>QR<\/cbc:ID>\s*<cac:Attachment>\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>([^<]+)</.exec(
        sample.xml,
      )![1]!;
    const tags = new Map(readTlv(decodeBase64(qr)).map(({ tag, value }) => [tag, encodeBase64(value)]));
    expect(tags.get(8)).toBe(encodeBase64(certificate.spki));
    expect(tags.get(9)).toBe(encodeBase64(certificate.signatureValue));
  });

  it('reads PEM, base64 with line breaks, DER and the API’s binarySecurityToken alike', () => {
    const pem = writePem('CERTIFICATE', certificate.der);
    for (const input of [
      pem,
      pem.replace(/\n/g, '\r\n'),
      certificate.base64.replace(/(.{76})/g, '$1\n'),
      certificate.der,
    ]) {
      expect(parseCertificate(input).serialNumber).toBe(certificate.serialNumber);
    }
    const token = encodeBase64(utf8Encode(certificate.base64));
    expect(certificateFromBinarySecurityToken(token).issuer).toBe(certificate.issuer);
  });

  it('reads a self-signed openssl certificate', () => {
    const other = parseCertificate(otherCertificateText);
    expect(other.subject).toBe('CN=other-signer, O=Fatoora Test Other Signer, C=SA');
    expect(other.issuer).toBe(other.subject);
  });

  it('refuses what is not a certificate with a typed error', () => {
    for (const input of [
      '',
      'nope',
      certificate.base64.slice(0, 200),
      encodeBase64(certificate.der.subarray(0, 100)),
    ]) {
      expect(() => parseCertificate(input)).toThrow(CertificateError);
    }
    expect(() => certificateFromBinarySecurityToken('***')).toThrow(CertificateError);
  });
});
