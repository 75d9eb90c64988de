import { buildInvoice } from '@fatoora/core';
import { importPrivateKey, parseCertificate } from '@fatoora/core/crypto';
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import { FIRST_PREVIOUS_INVOICE_HASH } from '@fatoora/core/signing';
import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { invoiceModel } from '../../test/support/invoices.ts';
import { signModel } from '../../test/support/test-egs.ts';
import { readSubmittedInvoice } from './document.ts';

const place = { counter: 1, previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH };
const standard = invoiceModel({ subtype: 'standard', typeCode: '388' }, place);
const submitted = (xml: string) => base64.encode(new TextEncoder().encode(xml));
const codes = (xml: string) => readSubmittedInvoice(submitted(xml)).messages.map((message) => message.code);

/** The signature's place kept in an unsigned document: an extension with empty content. */
const EMPTY_EXTENSION =
  '<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionURI>urn:oasis:names:specification:ubl:dsig:enveloped:xades</ext:ExtensionURI><ext:ExtensionContent/></ext:UBLExtension></ext:UBLExtensions>';

describe('the XSD stage', () => {
  it('passes a signed document and an unsigned one without extensions', () => {
    const key = importPrivateKey(DEVELOPER_PORTAL_CSID.privateKey);
    const certificate = parseCertificate(DEVELOPER_PORTAL_CSID.certificate);
    expect(codes(signModel(standard, key, certificate).xml)).toEqual(['XSD_ZATCA_VALID']);
    expect(codes(buildInvoice(standard).xml)).toEqual(['XSD_ZATCA_VALID']);
  });

  it('fails an ext:ExtensionContent without its one element, as the UBL schema does', () => {
    // UBL-ExtensionContentDataType-2.1.xsd: `<xsd:any namespace="##other" minOccurs="1" maxOccurs="1"/>`.
    const unsigned = buildInvoice(standard).xml;
    const placeholder = unsigned.replace(/(<Invoice[^>]*>)/, `$1${EMPTY_EXTENSION}`);
    expect(placeholder).not.toBe(unsigned);
    const reading = readSubmittedInvoice(submitted(placeholder));
    expect(reading.ok).toBe(false);
    expect(reading.messages).toEqual([
      expect.objectContaining({
        code: 'XSD_ZATCA_INVALID',
        message: expect.stringContaining('ext:ExtensionContent must hold exactly one element'),
      }),
    ]);
    // Two elements are one too many; one element of the extension namespace is not "##other".
    const two = placeholder.replace(
      '<ext:ExtensionContent/>',
      '<ext:ExtensionContent><a xmlns="urn:x"/><b xmlns="urn:x"/></ext:ExtensionContent>',
    );
    const own = placeholder.replace(
      '<ext:ExtensionContent/>',
      '<ext:ExtensionContent><ext:ExtensionURI>x</ext:ExtensionURI></ext:ExtensionContent>',
    );
    expect(codes(two)).toEqual(['XSD_ZATCA_INVALID']);
    expect(codes(own)).toEqual(['XSD_ZATCA_INVALID']);
  });
});
