import { zatcaFindings } from '@fatoora/test-support/zatca-findings';
import { zatcaValidate } from '@fatoora/test-support/zatca-validate';
import { describe, expect, it } from 'vitest';
import { chargedInvoice } from '../../test/support/charged-invoice.ts';
import { signWithSdkKey } from '../../test/support/sdk-signer.ts';
import { buildInvoice } from '../pipeline/build-invoice.ts';

describe('charge reason codes against ZATCA’s own rules', () => {
  it('take away BR-KSA-19/20: a document whose charges have codes passes without them, one without does not', async () => {
    const documents = {
      'coded.xml': signWithSdkKey(buildInvoice(chargedInvoice(true)).xml),
      'uncoded.xml': signWithSdkKey(buildInvoice(chargedInvoice(false)).xml),
    };
    const { verdicts, output } = await zatcaValidate(documents);
    const findings = (name: string) => {
      const verdict = verdicts.find((candidate) => candidate.file.endsWith(`/${name}`))!;
      return { valid: verdict.valid, ...zatcaFindings(output, verdict.file) };
    };
    const coded = findings('coded.xml');
    expect(coded.valid, output).toBe(true);
    expect(coded.errors).toEqual([]);
    expect(coded.warnings, output).toEqual([]);
    // The same document without the codes: still valid, but warned on (so this test can fail).
    const uncoded = findings('uncoded.xml');
    expect(uncoded.valid, output).toBe(true);
    expect(uncoded.warnings).toContain('BR-KSA-19');
    expect(uncoded.warnings).toContain('BR-KSA-20');
  }, 300_000);
});
