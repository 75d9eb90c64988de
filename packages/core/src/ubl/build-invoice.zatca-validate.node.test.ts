import { describe, expect, it } from 'vitest';
import { sixKinds } from '../../test/support/scenarios.ts';
import { signWithSdkKey } from '../../test/support/sdk-signer.ts';
import { signAndValidate } from '../../test/support/zatca-validate.ts';
import { buildInvoice } from './build-invoice.ts';

describe('buildInvoice against ZATCA’s own rules', () => {
  it('builds all six document kinds so that, signed, they pass zatca-validate --all-stages', async () => {
    const unsigned = Object.fromEntries(
      sixKinds.map((invoice) => [`${invoice.id}.xml`, buildInvoice(invoice).xml]),
    );
    const { invalid, output } = await signAndValidate(unsigned, (xml) => signWithSdkKey(xml));
    expect(invalid, output).toEqual([]);
  }, 300_000);
});
