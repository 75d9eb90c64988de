import { createHash } from 'node:crypto';
import { importPrivateKey } from '@fatoora/core/crypto';
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import { buildInvoice } from '@fatoora/core/pipeline';
import { signInvoice } from '@fatoora/core/signing';
import { SAMPLE_BUYER } from '@fatoora/test-support/parties';
import { sampleInvoice } from '@fatoora/test-support/sample-invoice';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVerdicts } from './compare.ts';
import type { CorpusDocument } from './corpus.ts';
import { checkDocuments, type DifferentialResult, type DocumentResult } from './harness.ts';
import { settleDifferences } from './known-differences.ts';

/** Signs with the SDK's test key, the one key the simulator can be asked about. */
const sign = (xml: string) =>
  signInvoice(xml, {
    privateKey: importPrivateKey(DEVELOPER_PORTAL_CSID.privateKey),
    certificate: DEVELOPER_PORTAL_CSID.certificate,
    signingTime: '2024-05-01T10:20:00',
  }).xml;
const edit = (xml: string, pattern: RegExp, replacement: string) => {
  const edited = xml.replace(pattern, replacement);
  if (edited === xml) throw new Error(`nothing matched ${pattern}`);
  return edited;
};
const document = (file: string, xml: string): CorpusDocument => ({
  file,
  repository: 'fatoora/fatoora',
  commit: '-',
  path: file,
  sha256: createHash('sha256').update(xml).digest('hex'),
  xml,
});

const simplified = sampleInvoice('simplified', '388');
const standard = sampleInvoice('standard', '388');
const valid = sign(buildInvoice(simplified).xml);
/** Changed after signing: the hash no longer holds. */
const tampered = edit(
  valid,
  /(<cbc:Name>)([^<]+)(<\/cbc:Name>\s*<cac:ClassifiedTaxCategory>)/,
  '$1Changed$3',
);
/** A total that does not add up (BR-CO-15), signed as it is. */
const wrongTotal = sign(
  edit(buildInvoice(simplified).xml, /(<cbc:TaxInclusiveAmount currencyID="SAR">)[^<]+/, '$1999.99'),
);
/**
 * A zero-rated healthcare supply whose reason code is written with a trailing space, to a buyer
 * without a national ID: BR-KSA-49's context (`[cbc:TaxExemptionReasonCode = 'VATEX-SA-HEA']`)
 * does not match it, so ZATCA's rules pass it, and so must ours.
 */
const healthcare = sign(
  edit(
    edit(
      buildInvoice({
        ...standard,
        buyer: { ...SAMPLE_BUYER, identification: { scheme: 'NAT', value: '1234567890' } },
        lines: [{ ...standard.lines[0], taxCategory: 'Z', taxRate: '0' }],
        allowances: [],
        exemptions: [{ taxCategory: 'Z', reasonCode: 'VATEX-SA-HEA', reason: 'Private healthcare' }],
      }).xml,
      /(<cbc:TaxExemptionReasonCode>VATEX-SA-HEA)</,
      '$1 <',
    ),
    /schemeID="NAT"/,
    'schemeID="OTH"',
  ),
);
/** An unsigned standard invoice keeping an empty place for the signature: the UBL schema refuses it. */
const emptyExtension = edit(
  buildInvoice(standard).xml,
  /(<Invoice[^>]*>)/,
  '$1<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionURI>urn:oasis:names:specification:ubl:dsig:enveloped:xades</ext:ExtensionURI><ext:ExtensionContent/></ext:UBLExtension></ext:UBLExtensions>',
);

describe('the differential check on documents we make', () => {
  let result: DifferentialResult;
  const of = (file: string): DocumentResult => {
    const found = result.documents.find((candidate) => candidate.document.file === file);
    if (!found) throw new Error(`no result for ${file}`);
    return found;
  };

  beforeAll(async () => {
    result = await checkDocuments(
      [
        document('valid.xml', valid),
        document('tampered.xml', tampered),
        document('wrong-total.xml', wrongTotal),
        document('healthcare.xml', healthcare),
        document('empty-extension.xml', emptyExtension),
      ],
      [],
    );
  }, 180_000);

  it('finds core, ZATCA’s rule files and the simulator agreeing on a valid, a tampered and a wrong document', () => {
    for (const file of ['valid.xml', 'tampered.xml', 'wrong-total.xml', 'healthcare.xml']) {
      expect(of(file).differences, `${file}: ${of(file).zatca.line}`).toEqual([]);
    }
    expect(of('valid.xml').simulator).toMatchObject({ asked: true, accepted: true });
    expect(of('tampered.xml').simulator).toMatchObject({ asked: true, accepted: false });
    expect(of('tampered.xml').ours.verification?.errors).toContain('invoice-hash-mismatch');
    expect(of('wrong-total.xml').ours.rules.errors).toContain('BR-CO-15');
    expect(of('healthcare.xml').zatca.stages.KSA).toBe('PASSED');
  });

  it('has the simulator refuse what ZATCA’s schema stage refuses, and reports the schema fault core’s rules leave to the XSD', () => {
    const { simulator, zatca, differences } = of('empty-extension.xml');
    expect(zatca.stages.XSD).toBe('FAILED');
    expect(simulator).toMatchObject({ asked: true, accepted: false, errors: ['XSD_ZATCA_INVALID'] });
    expect(differences.map(({ kind, subject }) => `${kind} ${subject}`)).toEqual(['missed-rule XSD']);
  });

  it('reports a rule ZATCA fails and we pass as missed, and an error ZATCA does not give as a false rejection', () => {
    const validResult = of('valid.xml');
    const wrong = of('wrong-total.xml');
    const missed = compareVerdicts(validResult.ours, wrong.zatca);
    const zatcaRules = [...new Set(wrong.zatca.errors.filter((code) => code.startsWith('BR-')))];
    expect(zatcaRules).toContain('BR-CO-15');
    expect(missed.filter((difference) => difference.kind === 'missed-rule').map((d) => d.subject)).toEqual(
      zatcaRules,
    );
    const falseRejections = compareVerdicts(wrong.ours, validResult.zatca);
    expect(falseRejections.map(({ kind, subject }) => `${kind} ${subject}`)).toContain(
      'false-rejection BR-CO-15',
    );
  });

  it('tells a signature fault ZATCA finds and we miss from one we report and ZATCA does not', () => {
    const validResult = of('valid.xml');
    const broken = of('tampered.xml');
    expect(compareVerdicts(validResult.ours, broken.zatca).map((d) => d.kind)).toEqual([
      'missed-signature-fault',
    ]);
    expect(
      compareVerdicts(broken.ours, validResult.zatca)
        .filter((difference) => difference.kind === 'false-rejection')
        .map((difference) => difference.subject),
    ).toContain('invoice-hash-mismatch');
  });

  it('reports the simulator accepting what ZATCA rejects and rejecting what it accepts', () => {
    const validResult = of('valid.xml');
    const broken = of('tampered.xml');
    expect(
      compareVerdicts(validResult.ours, broken.zatca, validResult.simulator).map((d) => d.kind),
    ).toContain('simulator-disagrees');
    expect(compareVerdicts(validResult.ours, validResult.zatca, broken.simulator).map((d) => d.kind)).toEqual(
      ['simulator-disagrees'],
    );
  });

  it('marks listed differences known, the others unexpected, and entries that match nothing stale', () => {
    const sha256 = of('empty-extension.xml').document.sha256;
    const found = new Map([[sha256, [...of('empty-extension.xml').differences]]]);
    const entry = {
      sha256,
      file: 'empty-extension.xml',
      kind: 'missed-rule',
      subject: 'XSD',
      reason: 'the UBL schema is not ours to check',
    } as const;
    const stale = { ...entry, subject: 'BR-KSA-49' };
    const { settled, stale: staleEntries } = settleDifferences(found, [entry, stale]);
    expect(settled.get(sha256)).toEqual([expect.objectContaining({ knownBecause: entry.reason })]);
    expect(staleEntries).toEqual([stale]);
    expect(settleDifferences(found, []).settled.get(sha256)?.[0]?.knownBecause).toBeUndefined();
  });
});
