import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHARGE_REASONS } from './charge-reasons.ts';

const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');
const shared = process.env.FATOORA_SHARED ?? resolve(repositoryRoot, '../shared');
const rulesFile = join(
  shared,
  'zatca-sdk-data/Data/Rules/Schematrons/20210819_ZATCA_E-invoice_Validation_Rules.xsl',
);

/** ZATCA's BR-KSA-CL-06 test: `contains(' AA AAA … ', cbc:AllowanceChargeReasonCode)`. */
function zatcaChargeList(): string {
  const xsl = readFileSync(rulesFile, 'utf8');
  const rule = xsl.indexOf('id="BR-KSA-CL-06"');
  const test = xsl.lastIndexOf("contains( '", rule);
  expect(rule).toBeGreaterThan(0);
  return xsl.slice(test + "contains( '".length, xsl.indexOf("'", test + "contains( '".length));
}

describe.skipIf(!existsSync(rulesFile))('charge reason codes against ZATCA’s rule file', () => {
  it('each pass BR-KSA-CL-06’s own test (the list contains the code)', () => {
    const list = zatcaChargeList();
    for (const code of Object.keys(CHARGE_REASONS)) expect(list.includes(code), code).toBe(true);
    // The test the rule misspells: EN 16931's IAB and TAC fail it.
    expect(list.includes('IAB') || list.includes('TAC')).toBe(false);
  });

  it('cover every code of that list (its "CAPCAQ" read as CAP and CAQ)', () => {
    const words = zatcaChargeList().replace('CAPCAQ', 'CAP CAQ').trim().split(/\s+/);
    // "AB" and "AC" there stand for EN 16931's IAB and TAC, which the rule therefore rejects.
    const expected = words.filter((word) => word !== 'AB' && word !== 'AC');
    expect(Object.keys(CHARGE_REASONS).sort()).toEqual(expected.sort());
  });
});
