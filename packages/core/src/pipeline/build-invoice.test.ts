import { describe, expect, it } from 'vitest';
import { sdkCertificateText, sdkPrivateKeyText } from '../../test/samples.ts';
import { scenarioCorpus, sixKinds } from '../../test/support/scenarios.ts';
import { parseCertificate } from '../crypto/certificate.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { formatDecimal } from '../money/decimal.ts';
import { decodeQr } from '../qr/decode-qr.ts';
import { FIRST_PREVIOUS_INVOICE_HASH } from '../signing/invoice-hash.ts';
import { signInvoice } from '../signing/sign-invoice.ts';
import { verifyInvoice } from '../signing/verify-invoice.ts';
import { readXml } from '../xml/read-xml.ts';
import { buildInvoice } from './build-invoice.ts';

const privateKey = importPrivateKey(sdkPrivateKeyText);
const certificate = parseCertificate(sdkCertificateText);

describe('buildInvoice', () => {
  for (const invoice of sixKinds) {
    it(`builds, signs and verifies ${invoice.id}`, () => {
      const { xml, totals } = buildInvoice(invoice);
      expect(readXml(xml).documentElement?.localName).toBe('Invoice');
      const signed = signInvoice(xml, { privateKey, certificate, signingTime: '2024-05-01T10:15:00' });
      expect(
        verifyInvoice(signed.xml, { previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH }).findings,
      ).toEqual([]);
      const qr = decodeQr(signed.qr);
      expect(qr.invoiceTotal).toBe(formatDecimal(totals.payableAmount, 2));
      expect(qr.vatTotal).toBe(formatDecimal(totals.taxAmount, 2));
      expect(qr.tags.length).toBe(invoice.transaction.subtype === 'simplified' ? 9 : 8);
    });
  }

  it('builds, signs and verifies the whole scenario corpus (ZATCA’s rules run on it in the Node suite)', () => {
    for (const { name, invoice } of scenarioCorpus) {
      const signed = signInvoice(buildInvoice(invoice).xml, {
        privateKey,
        certificate,
        signingTime: '2024-05-01T10:15:00',
      });
      expect(verifyInvoice(signed.xml).findings, name).toEqual([]);
    }
  });

  it('writes the totals of the tax engine', () => {
    const { xml, totals } = buildInvoice(sixKinds[0]!);
    // 3 × 40.00 = 120.00; 12.5 × 4.10 − 1.25 = 50.00; 0.333 × 10.00 = 3.33
    expect(formatDecimal(totals.lineExtensionAmount, 2)).toBe('173.33');
    expect(formatDecimal(totals.taxExclusiveAmount, 2)).toBe('168.33'); // less the 5.00 allowance
    expect(formatDecimal(totals.taxAmount, 2)).toBe('25.25'); // 168.33 × 15% = 25.2495
    expect(xml).toContain('<cbc:PayableAmount currencyID="SAR">');
    expect(xml).toContain('<cbc:InvoiceTypeCode name="0100000">388</cbc:InvoiceTypeCode>');
  });

  it('escapes text so that no value can break the markup', () => {
    const invoice = { ...sixKinds[0]!, notes: ['<b>&"quoted"</b>'] };
    const { xml } = buildInvoice(invoice);
    expect(xml).toContain('<cbc:Note>&lt;b&gt;&amp;"quoted"&lt;/b&gt;</cbc:Note>');
    expect(readXml(xml).documentElement).toBeTruthy();
  });
});
