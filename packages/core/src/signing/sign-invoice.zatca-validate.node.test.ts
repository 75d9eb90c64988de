import { zatcaValidate } from '@fatoora/test-support/zatca-validate';
import { describe, expect, it } from 'vitest';
import { r348Samples, sdkCertificateText, sdkPrivateKeyText } from '../../test/samples.ts';
import { parseCertificate } from '../crypto/certificate.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { signInvoice } from './sign-invoice.ts';
import { stripSignature } from './strip-signature.ts';

describe('signInvoice against ZATCA’s own rules', () => {
  it('re-signs every R3.4.8 sample so that zatca-validate --all-stages passes it', async () => {
    const privateKey = importPrivateKey(sdkPrivateKeyText);
    const certificate = parseCertificate(sdkCertificateText);
    const documents = Object.fromEntries(
      r348Samples.map((sample) => [
        sample.path.replace(/^Data\/Samples\//, ''),
        signInvoice(stripSignature(sample.xml), {
          privateKey,
          certificate,
          signingTime: '2024-06-01T09:30:00',
        }).xml,
      ]),
    );
    expect(Object.keys(documents)).toHaveLength(19);
    const { verdicts, output } = await zatcaValidate(documents);
    const failures = verdicts.filter((verdict) => !verdict.valid);
    expect(failures, output).toEqual([]);
  }, 600_000);

  it('is a check that can fail: a tampered re-signed invoice is INVALID', async () => {
    const privateKey = importPrivateKey(sdkPrivateKeyText);
    const sample = r348Samples.find((s) => s.path.endsWith('Simplified_Invoice.xml'))!;
    const signed = signInvoice(stripSignature(sample.xml), {
      privateKey,
      certificate: sdkCertificateText,
      signingTime: '2024-06-01T09:30:00',
    });
    const tampered = signed.xml.replace(
      /<cbc:PayableAmount currencyID="SAR">[^<]+</,
      '<cbc:PayableAmount currencyID="SAR">999.99<',
    );
    const { verdicts } = await zatcaValidate({ 'tampered.xml': tampered });
    expect(verdicts[0]?.valid).toBe(false);
  }, 300_000);
});
