import { signAndValidate } from '@fatoora/test-support/zatca-validate';
import { describe, expect, it } from 'vitest';
import { scenarioCorpus, sixKinds } from '../../test/support/scenarios.ts';
import { signWithSdkKey } from '../../test/support/sdk-signer.ts';
import { buildInvoice } from '../pipeline/build-invoice.ts';

describe('the scenario corpus against ZATCA’s own rules', () => {
  it('has at least 40 documents, covering each of the six kinds', () => {
    expect(scenarioCorpus.length).toBeGreaterThanOrEqual(40);
    // Each kind's plain document is in the corpus, so buildInvoice is proven on all six here.
    for (const kind of sixKinds)
      expect(scenarioCorpus.some(({ invoice }) => invoice.id === `${kind.id}-plain`)).toBe(true);
  });

  it('builds every scenario so that, signed, it passes zatca-validate --all-stages', async () => {
    const unsigned = Object.fromEntries(
      scenarioCorpus.map(({ name, invoice }) => [`${name}.xml`, buildInvoice(invoice).xml]),
    );
    const { invalid, output } = await signAndValidate(unsigned, (xml) => signWithSdkKey(xml));
    expect(
      invalid,
      output
        .split('\n')
        .filter((line) => /INVALID|CODE :/.test(line))
        .join('\n'),
    ).toEqual([]);
  }, 1_200_000);
});
