import { importPrivateKey, parseCertificate } from '@fatoora/core/crypto';
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import { decodeQr, encodeQr } from '@fatoora/core/qr';
import { FIRST_PREVIOUS_INVOICE_HASH, readInvoiceQr, verifyInvoice } from '@fatoora/core/signing';
import { describe, expect, it } from 'vitest';
import { invoiceModel } from '../../test/support/invoices.ts';
import { signModel } from '../../test/support/test-egs.ts';
import { checkQr } from './qr.ts';

const key = importPrivateKey(DEVELOPER_PORTAL_CSID.privateKey);
const certificate = parseCertificate(DEVELOPER_PORTAL_CSID.certificate);
const place = { counter: 1, previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH };
const QR_VALUE = /(<cbc:ID>QR<\/cbc:ID>\s*<cac:Attachment>\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>)([^<]+)/;

/** A simplified invoice signed with the SDK's key, its QR text passed through `change`. */
function simplifiedWithQr(change: (qr: string) => string): string {
  const { xml } = signModel(
    invoiceModel({ subtype: 'simplified', typeCode: '388' }, place),
    key,
    certificate,
  );
  return xml.replace(QR_VALUE, (_match, open: string, qr: string) => `${open}${change(qr)}`);
}

const check = (
  xml: string,
  kind: 'simplified-invoice' | 'standard-invoice',
  long: 'lenient' | 'strict' = 'lenient',
) => checkQr(verifyInvoice(xml), readInvoiceQr(xml), kind, long);

describe('the QR family', () => {
  it('finds nothing wrong with a QR that matches its document', () => {
    expect(
      check(
        simplifiedWithQr((qr) => qr),
        'simplified-invoice',
      ),
    ).toEqual([]);
  });

  it('answers a simplified document whose QR is absent or empty as the "Missing QR Code" example: QRCODE_INVALID "Invalid QR code format…", with the BR-KSA-27 warning', () => {
    const signed = simplifiedWithQr((qr) => qr);
    const absent = signed.replace(
      /<cac:AdditionalDocumentReference>\s*<cbc:ID>QR<\/cbc:ID>[\s\S]*?<\/cac:AdditionalDocumentReference>/,
      '',
    );
    expect(absent).not.toContain('<cbc:ID>QR</cbc:ID>');
    for (const xml of [absent, simplifiedWithQr(() => '')]) {
      expect(
        check(xml, 'simplified-invoice').map((message) => [message.type, message.code, message.message]),
      ).toEqual([
        ['WARNING', 'BR-KSA-27', expect.stringContaining('must contain a QR code')],
        ['ERROR', 'QRCODE_INVALID', 'Invalid QR code format, Please follow the ZATCA QR code specifications'],
      ]);
    }
  });

  it('answers a tag 9 that is not the certificate signature with CERTIFICATE_SIGNATURE_QRCODE_INVALID', () => {
    const xml = simplifiedWithQr((qr) =>
      encodeQr({ ...decodeQr(qr), certificateSignature: new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]) }),
    );
    expect(check(xml, 'simplified-invoice')).toEqual([
      {
        type: 'ERROR',
        code: 'CERTIFICATE_SIGNATURE_QRCODE_INVALID',
        category: 'QRCODE_VALIDATION',
        message: 'certificate signature does not match with qr certificate signature value',
        status: 'ERROR',
      },
    ]);
  });

  it('answers a seller name (tag 1) that is not the document’s with QRCODE_INVALID "Failed to validate QR code"', () => {
    const xml = simplifiedWithQr((qr) => encodeQr({ ...decodeQr(qr), sellerName: 'Someone Else LTD' }));
    expect(check(xml, 'simplified-invoice')).toEqual([
      expect.objectContaining({ code: 'QRCODE_INVALID', message: 'Failed to validate QR code' }),
    ]);
  });

  it('requires the QR on a simplified document only', () => {
    const { xml } = signModel(
      invoiceModel({ subtype: 'standard', typeCode: '388' }, place),
      key,
      certificate,
    );
    const bare = xml.replace(
      /<cac:AdditionalDocumentReference>\s*<cbc:ID>QR<\/cbc:ID>[\s\S]*?<\/cac:AdditionalDocumentReference>/,
      '',
    );
    expect(bare).not.toBe(xml);
    expect(check(bare, 'standard-invoice')).toEqual([]);
    const simplifiedBare = simplifiedWithQr(() => '');
    expect(
      check(simplifiedBare, 'simplified-invoice').map((message) => [message.type, message.code]),
    ).toEqual([
      ['WARNING', 'BR-KSA-27'],
      ['ERROR', 'QRCODE_INVALID'],
    ]);
  });

  it('refuses a value of 128 bytes or more only when strict', () => {
    const xml = simplifiedWithQr((qr) =>
      encodeQr({ ...decodeQr(qr), sellerName: 'S'.repeat(130) }, { allowLongValues: true }),
    );
    const codes = (long: 'lenient' | 'strict') =>
      check(xml, 'simplified-invoice', long).map((message) => message.message);
    // The name disagrees with the document either way; strict adds the format refusal.
    expect(codes('lenient')).toEqual(['Failed to validate QR code']);
    expect(codes('strict')).toEqual([
      'Failed to validate QR code',
      'Invalid QR code format, Please follow the ZATCA QR code specifications',
    ]);
  });
});
