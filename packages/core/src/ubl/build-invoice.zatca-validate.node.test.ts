import { describe, expect, it } from 'vitest';
import { sdkCertificateText, sdkPrivateKeyText } from '../../test/samples.ts';
import { sixKinds } from '../../test/support/scenarios.ts';
import { zatcaValidate } from '../../test/support/zatca-validate.ts';
import { parseCertificate } from '../crypto/certificate.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { signInvoice } from '../signing/sign-invoice.ts';
import { buildInvoice } from './build-invoice.ts';

describe('buildInvoice against ZATCA’s own rules', () => {
  it('builds all six document kinds so that, signed, they pass zatca-validate --all-stages', async () => {
    const privateKey = importPrivateKey(sdkPrivateKeyText);
    const certificate = parseCertificate(sdkCertificateText);
    const documents = Object.fromEntries(
      sixKinds.map((invoice) => [
        `${invoice.id}.xml`,
        signInvoice(buildInvoice(invoice).xml, {
          privateKey,
          certificate,
          signingTime: '2024-05-01T10:15:00',
        }).xml,
      ]),
    );
    const { verdicts, output } = await zatcaValidate(documents);
    expect(
      verdicts.filter((verdict) => !verdict.valid),
      output,
    ).toEqual([]);
  }, 300_000);
});
