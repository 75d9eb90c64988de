import { buildInvoice } from '@fatoora/core';
import { generatePrivateKey, importPrivateKey, parseCertificate } from '@fatoora/core/crypto';
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import { FIRST_PREVIOUS_INVOICE_HASH, verifyInvoice } from '@fatoora/core/signing';
import { describe, expect, it } from 'vitest';
import { invoiceModel } from '../../test/support/invoices.ts';
import { signModel } from '../../test/support/test-egs.ts';
import { checkSignature } from './signature.ts';

const key = importPrivateKey(DEVELOPER_PORTAL_CSID.privateKey);
const certificate = parseCertificate(DEVELOPER_PORTAL_CSID.certificate);
const place = { counter: 1, previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH };
const simplified = invoiceModel({ subtype: 'simplified', typeCode: '388' }, place);

describe('the signature family', () => {
  it('finds nothing wrong with a document signed with the authenticating certificate', () => {
    const { xml } = signModel(simplified, key, certificate);
    expect(checkSignature(verifyInvoice(xml), certificate, 'simplified-invoice')).toEqual([]);
  });

  it('answers a certificate digest that is not the embedded certificate’s with certificate-hashing', () => {
    const { xml } = signModel(simplified, key, certificate);
    const tampered = xml.replace(/(<xades:CertDigest>[\s\S]*?<ds:DigestValue>)[^<]+/, '$1ZmFrZQ==');
    expect(tampered).not.toBe(xml);
    expect(checkSignature(verifyInvoice(tampered), certificate, 'simplified-invoice')).toContainEqual({
      type: 'ERROR',
      code: 'certificate-hashing',
      category: 'CERTIFICATE_ERRORS',
      message: 'Invalid certificate hashing',
      status: 'ERROR',
    });
  });

  it('answers an unsigned simplified document with BR-KSA-60 and invalid-digital-signature, and takes an unsigned standard one', () => {
    const unsigned = buildInvoice(simplified).xml;
    expect(
      checkSignature(verifyInvoice(unsigned), certificate, 'simplified-invoice').map((message) => [
        message.type,
        message.code,
      ]),
    ).toEqual([
      ['WARNING', 'BR-KSA-60'],
      ['ERROR', 'invalid-digital-signature'],
    ]);
    const standard = buildInvoice(invoiceModel({ subtype: 'standard', typeCode: '388' }, place)).xml;
    expect(checkSignature(verifyInvoice(standard), certificate, 'standard-invoice')).toEqual([]);
  });

  it('answers a document signed with a key the authenticating certificate does not certify with invalid-digital-signature', () => {
    const strangerKey = generatePrivateKey();
    const { xml } = signModel(simplified, key, certificate);
    const verification = verifyInvoice(xml);
    const stranger = { ...certificate, der: new Uint8Array([1]), publicKey: strangerKey.publicKey };
    expect(checkSignature(verification, stranger, 'simplified-invoice')).toEqual([
      expect.objectContaining({ code: 'invalid-digital-signature' }),
    ]);
  });
});
