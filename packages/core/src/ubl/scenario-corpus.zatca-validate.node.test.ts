import { describe, expect, it } from 'vitest';
import { sdkCertificateText, sdkPrivateKeyText } from '../../test/samples.ts';
import { scenarioCorpus } from '../../test/support/scenarios.ts';
import { zatcaValidate } from '../../test/support/zatca-validate.ts';
import { parseCertificate } from '../crypto/certificate.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { signInvoice } from '../signing/sign-invoice.ts';
import { buildInvoice } from './build-invoice.ts';

describe('the scenario corpus against ZATCA’s own rules', () => {
  it('has at least 40 documents across the six kinds', () => {
    expect(scenarioCorpus.length).toBeGreaterThanOrEqual(40);
  });

  it('builds every scenario so that, signed, it passes zatca-validate --all-stages', async () => {
    const privateKey = importPrivateKey(sdkPrivateKeyText);
    const certificate = parseCertificate(sdkCertificateText);
    const documents = Object.fromEntries(
      scenarioCorpus.map(({ name, invoice }) => [
        `${name}.xml`,
        signInvoice(buildInvoice(invoice).xml, {
          privateKey,
          certificate,
          signingTime: '2024-05-01T10:15:00',
        }).xml,
      ]),
    );
    const { verdicts, output } = await zatcaValidate(documents);
    const failures = verdicts
      .filter((verdict) => !verdict.valid)
      .map((verdict) => verdict.file.split('/').pop());
    expect(
      failures,
      output
        .split('\n')
        .filter((line) => /INVALID|CODE :/.test(line))
        .join('\n'),
    ).toEqual([]);
  }, 600_000);
});
