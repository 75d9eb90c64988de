import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  otherPrivateKeyText,
  r348Samples,
  samples,
  sdkCertificateText,
  sdkPrivateKeyText,
} from '../../test/samples.ts';
import { parseCertificate } from '../crypto/certificate.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { InputError } from '../errors/input-error.ts';
import { SignatureError } from '../errors/signature-error.ts';
import { decodeQr } from '../qr/decode-qr.ts';
import { descendantElements } from '../xml/dom.ts';
import { NS } from '../xml/namespaces.ts';
import { parseXml } from '../xml/parse.ts';
import { FIRST_PREVIOUS_INVOICE_HASH, hashInvoice } from './invoice-hash.ts';
import { signInvoice } from './sign-invoice.ts';
import { signedPropertiesDigestInput } from './signed-properties.ts';
import { stripSignature } from './strip-signature.ts';
import { verifyInvoice } from './verify-invoice.ts';
import { signedPropertiesText } from './xades-block.ts';

const privateKey = importPrivateKey(sdkPrivateKeyText);
const certificate = parseCertificate(sdkCertificateText);
const signingTime = '2024-05-01T10:00:00';

describe('signInvoice', () => {
  for (const sample of samples) {
    it(`re-signs ${sample.path} with the SDK's key, keeping the SDK's hash`, () => {
      const unsigned = stripSignature(sample.xml);
      const signed = signInvoice(unsigned, { privateKey, certificate, signingTime });
      expect(signed.invoiceHash).toBe(sample.expectedHash);
      expect(hashInvoice(signed.xml)).toBe(sample.expectedHash);
      const result = verifyInvoice(signed.xml, {
        previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
        certificate,
      });
      expect(result.findings).toEqual([]);
      expect(result.signingTime).toBe(signingTime);
      expect(decodeQr(signed.qr).invoiceHash).toBe(sample.expectedHash);
    });
  }

  it('is deterministic: the same inputs give the same bytes', () => {
    const unsigned = stripSignature(r348Samples[0]!.xml);
    const a = signInvoice(unsigned, { privateKey, certificate, signingTime });
    const b = signInvoice(unsigned, { privateKey, certificate: sdkCertificateText, signingTime });
    expect(a).toEqual(b);
  });

  it('changes no byte of the caller’s text outside the three inserted parts', () => {
    const unsigned = stripSignature(r348Samples[0]!.xml);
    const { xml } = signInvoice(unsigned, { privateKey, certificate, signingTime });
    expect(stripSignature(xml)).toBe(unsigned);
  });

  it('writes SignedProperties so that the SDK’s digest rule reads back the text it signed', () => {
    const { xml } = signInvoice(stripSignature(r348Samples[0]!.xml), {
      privateKey,
      certificate,
      signingTime,
    });
    const element = descendantElements(parseXml(xml), NS.xades, 'SignedProperties')[0]!;
    expect(signedPropertiesDigestInput(element)).toBe(
      signedPropertiesText(
        {
          signingTime,
          certificateDigest: /<xades:CertDigest>[\s\S]*?<ds:DigestValue>([^<]+)</.exec(xml)![1]!,
          issuerName: certificate.issuer,
          serialNumber: certificate.serialNumber,
        },
        true,
      ),
    );
  });

  it('refuses an invoice that is already signed unless asked to replace the signature', () => {
    const sample = r348Samples[0]!;
    expect(() => signInvoice(sample.xml, { privateKey, certificate, signingTime })).toThrow(SignatureError);
    const resigned = signInvoice(sample.xml, {
      privateKey,
      certificate,
      signingTime,
      replaceExistingSignature: true,
    });
    expect(verifyInvoice(resigned.xml).valid).toBe(true);
    expect(resigned.invoiceHash).toBe(sample.expectedHash);
  });

  it('refuses a key that does not belong to the certificate', () => {
    const unsigned = stripSignature(r348Samples[0]!.xml);
    expect(() =>
      signInvoice(unsigned, { privateKey: importPrivateKey(otherPrivateKeyText), certificate, signingTime }),
    ).toThrow(expect.objectContaining({ code: 'key-certificate-mismatch' }));
  });

  it('refuses a malformed signing time with an error naming the field', () => {
    const unsigned = stripSignature(r348Samples[0]!.xml);
    for (const bad of ['2024-05-01 10:00:00', '2024-13-01T10:00:00', '2024-05-01T10:00:00Z']) {
      expect(() => signInvoice(unsigned, { privateKey, certificate, signingTime: bad })).toThrow(InputError);
    }
    expect(() => signInvoice(unsigned, { privateKey, certificate, signingTime: new Date('nope') })).toThrow(
      InputError,
    );
  });

  it('formats a Date signing time in UTC without a zone suffix', () => {
    const unsigned = stripSignature(r348Samples[0]!.xml);
    const { xml } = signInvoice(unsigned, {
      privateKey,
      certificate,
      signingTime: new Date('2024-05-01T13:14:15+03:00'),
    });
    expect(xml).toContain('<xades:SigningTime>2024-05-01T10:14:15</xades:SigningTime>');
  });

  it('names the missing field when the invoice lacks what the QR needs', () => {
    const unsigned = stripSignature(r348Samples[0]!.xml).replace(
      /<cbc:RegistrationName>[^<]*<\/cbc:RegistrationName>/,
      '',
    );
    expect(() => signInvoice(unsigned, { privateKey, certificate, signingTime })).toThrow(
      expect.objectContaining({
        code: 'invoice-field-missing',
        details: expect.objectContaining({ field: 'sellerName' }),
      }),
    );
  });

  it('refuses a seller name of 128 UTF-8 bytes at the model path validateInvoice names (seller.name)', () => {
    const unsigned = stripSignature(r348Samples[0]!.xml).replace(
      /<cbc:RegistrationName>[^<]*<\/cbc:RegistrationName>/,
      `<cbc:RegistrationName>${'ش'.repeat(64)}</cbc:RegistrationName>`,
    );
    expect(() => signInvoice(unsigned, { privateKey, certificate, signingTime })).toThrow(
      expect.objectContaining({ field: 'seller.name', rule: 'qr-seller-name' }),
    );
    expect(() => signInvoice(unsigned, { privateKey, certificate, signingTime })).toThrow(InputError);
  });

  it('refuses a root that is not a UBL Invoice', () => {
    expect(() => signInvoice('<Invoice/>', { privateKey, certificate, signingTime })).toThrow(
      expect.objectContaining({ code: 'not-an-invoice' }),
    );
  });

  it('uses the prefixes the invoice binds, declaring missing ones locally', () => {
    const unsigned = stripSignature(r348Samples[0]!.xml)
      .replaceAll('cac:', 'a:')
      .replace('xmlns:cac=', 'xmlns:a=')
      .replace(/ xmlns:ext="[^"]+"/, '');
    const signed = signInvoice(unsigned, { privateKey, certificate, signingTime });
    expect(signed.xml).toContain('<ext:UBLExtensions xmlns:ext=');
    expect(signed.xml).toContain('<a:Signature>');
    expect(verifyInvoice(signed.xml).findings).toEqual([]);
  });

  it('signs any signing time and keeps verifying (property)', () => {
    const unsigned = stripSignature(r348Samples[1]!.xml);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (time) => {
          const signed = signInvoice(unsigned, { privateKey, certificate, signingTime: time });
          return verifyInvoice(signed.xml).valid;
        },
      ),
      { numRuns: 15 },
    );
  });
});
