/**
 * The document forms ZATCA's rule files accept beyond the six kinds' usual codes — KSA-2 codes of
 * eight and nine characters (R3.4.8's NNPNESBC / NNPNESBCG: continuous supply, B2G) and the
 * prepayment invoice type code 386 — built, signed, judged by `../shared/tools/zatca-validate`
 * (R3.4.8's files), judged by us under the same rule set with the same rule ids, and read back.
 */
import { zatcaFindings } from '@fatoora/test-support/zatca-findings';
import { zatcaValidate } from '@fatoora/test-support/zatca-validate';
import { describe, expect, it } from 'vitest';
import { sixKinds } from '../../test/support/scenarios.ts';
import { signWithSdkKey } from '../../test/support/sdk-signer.ts';
import type { Invoice } from '../model/invoice.ts';
import { buildInvoice } from '../pipeline/build-invoice.ts';
import { parseInvoice } from '../pipeline/parse-invoice.ts';
import { writeInvoice } from '../ubl/write-invoice.ts';
import { validateInvoice } from './validate-invoice.ts';

const standard = sixKinds[0]!;
const simplified = sixKinds[3]!;
const R3 = { ruleSet: '238-R3.4.8' } as const;

const withFlags = (invoice: Invoice, flags: Partial<Invoice['transaction']>): Invoice => ({
  ...invoice,
  transaction: { ...invoice.transaction, ...flags },
});

/** Documents ZATCA's rules pass, by name, with the KSA-2 text each must carry. */
const VALID: Record<string, { readonly invoice: Invoice; readonly name: string; readonly typeCode: string }> =
  {
    'b2g-continuous.xml': {
      invoice: { ...withFlags(standard, { continuousSupply: true, b2g: true }), contractId: 'CNT-2024-017' },
      name: '010000011',
      typeCode: '388',
    },
    'continuous-8.xml': {
      invoice: withFlags(standard, { continuousSupply: true }),
      name: '01000001',
      typeCode: '388',
    },
    'simplified-9.xml': {
      invoice: withFlags(simplified, { continuousSupply: false, b2g: false }),
      name: '020000000',
      typeCode: '388',
    },
    'prepayment-386.xml': {
      // No supply date: BR-KSA-15's context is `…[/ubl:Invoice[cbc:InvoiceTypeCode = '388']]`.
      invoice: { ...standard, typeCode: '386', supplyDate: undefined },
      name: '0100000',
      typeCode: '386',
    },
  };

describe('KSA-2 codes of 8 and 9 characters and type code 386, against ZATCA’s rules', () => {
  it('build, sign, pass zatca-validate with the findings we report, and round-trip', async () => {
    const unsigned = Object.fromEntries(
      Object.entries(VALID).map(([file, { invoice }]) => [file, buildInvoice(invoice, R3).xml]),
    );
    const documents: Record<string, string> = Object.fromEntries(
      Object.entries(unsigned).map(([file, xml]) => [file, signWithSdkKey(xml)]),
    );
    // Written without our checks, to break what ZATCA breaks: a B2G document without its contract
    // (BR-KSA-92), and a simplified nominal one whose nine characters match `01\d{5}` from
    // position 3, so that ZATCA's standard-document rules apply to it (rules/ksa-name.ts).
    documents['b2g-no-contract.xml'] = signWithSdkKey(
      writeInvoice(withFlags(standard, { continuousSupply: false, b2g: true })).xml,
    );
    documents['simplified-nominal-9.xml'] = signWithSdkKey(
      buildInvoice(withFlags(simplified, { nominal: true, continuousSupply: false, b2g: false }), R3).xml,
    );

    const { verdicts, output } = await zatcaValidate(documents);
    const judged = (file: string) => {
      const verdict = verdicts.find((candidate) => candidate.file.endsWith(`/${file}`))!;
      const zatca = zatcaFindings(output, verdict.file);
      // Our verdict on the signed text, under R3.4.8 and the real clock (as zatca-validate's).
      const ours = validateInvoice(documents[file]!, R3).filter((fault) => fault.rule.startsWith('BR-'));
      return {
        valid: verdict.valid,
        zatca: { errors: [...new Set(zatca.errors)].sort(), warnings: [...new Set(zatca.warnings)].sort() },
        ours: {
          errors: [...new Set(ours.filter((f) => f.severity === 'error').map((f) => f.rule))].sort(),
          warnings: [...new Set(ours.filter((f) => f.severity === 'warning').map((f) => f.rule))].sort(),
        },
      };
    };

    for (const [file, { name, typeCode }] of Object.entries(VALID)) {
      const result = judged(file);
      expect(result.valid, `${file}\n${output}`).toBe(true);
      expect(result.ours, file).toEqual(result.zatca);
      expect(documents[file]).toContain(
        `<cbc:InvoiceTypeCode name="${name}">${typeCode}</cbc:InvoiceTypeCode>`,
      );
      // Read back (under the default rule set too) and written again: the same document.
      const read = parseInvoice(documents[file]!);
      expect(buildInvoice(read, R3).xml, file).toBe(unsigned[file]);
    }
    // Under R4.0.0, a code longer than seven characters is BR-KSA-06's.
    expect(validateInvoice(documents['b2g-continuous.xml']!).map((fault) => fault.rule)).toEqual([
      'BR-KSA-06',
    ]);

    const noContract = judged('b2g-no-contract.xml');
    expect(noContract.valid).toBe(false);
    expect(noContract.zatca.errors).toEqual(['BR-KSA-92']);
    expect(noContract.ours).toEqual(noContract.zatca);

    const nominal = judged('simplified-nominal-9.xml');
    expect(nominal.valid, output).toBe(true);
    expect(nominal.zatca.warnings).toEqual(expect.arrayContaining(['BR-KSA-10', 'BR-KSA-81']));
    expect(nominal.ours).toEqual(nominal.zatca);
  }, 300_000);
});
