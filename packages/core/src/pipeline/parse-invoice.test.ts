import { describe, expect, it } from 'vitest';
import { r348Samples, samples } from '../../test/samples.ts';
import { scenarioCorpus } from '../../test/support/scenarios.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { XmlError } from '../errors/xml-error.ts';
import { decimal, formatDecimal } from '../money/decimal.ts';
import { validateInvoice } from '../rules/validate-invoice.ts';
import { childElement, textOf } from '../xml/dom.ts';
import type { XmlElement } from '../xml/dom-types.ts';
import { NS } from '../xml/namespaces.ts';
import { readXml } from '../xml/read-xml.ts';
import { buildInvoice } from './build-invoice.ts';
import { parseInvoice } from './parse-invoice.ts';

/** The monetary totals a document states, each with two decimals. */
function writtenTotals(xml: string): Record<string, string> {
  const monetary = childElement(readXml(xml).documentElement!, NS.cac, 'LegalMonetaryTotal')!;
  const totals: Record<string, string> = {};
  for (let child = monetary.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    const element = child as XmlElement;
    totals[element.localName!] = formatDecimal(decimal(textOf(element)!.trim()), 2);
  }
  return totals;
}

describe('parseInvoice', () => {
  for (const sample of r348Samples) {
    it(`round-trips ${sample.path}: parse → build gives the totals the sample states`, () => {
      const model = parseInvoice(sample.xml);
      const rebuilt = buildInvoice(model);
      const expected = writtenTotals(sample.xml);
      const actual = writtenTotals(rebuilt.xml);
      for (const [name, amount] of Object.entries(expected)) {
        if (['AllowanceTotalAmount', 'ChargeTotalAmount', 'PrepaidAmount'].includes(name)) {
          expect(actual[name] ?? '0.00', name).toBe(amount);
        } else expect(actual[name], name).toBe(amount);
      }
      // The rebuilt document reads back into the same model.
      expect(parseInvoice(rebuilt.xml)).toEqual(parseInvoice(rebuilt.xml));
      expect(
        validateInvoice(rebuilt.xml, {
          now: new Date(`${model.issueDate}T12:00:00+03:00`),
          // R3.4.8's samples, judged by R3.4.8's rule files (zatca-validate runs them).
          ruleSet: '238-R3.4.8',
        }),
      ).toEqual([]);
    });

    it(`finds in ${sample.path} only the warnings ZATCA gives it (BR-KSA-98 on late simplified ones)`, () => {
      const simplified = /InvoiceTypeCode name="02/.test(sample.xml);
      expect(
        validateInvoice(sample.xml, { ruleSet: '238-R3.4.8' }).map(
          (fault) => `${fault.rule}:${fault.severity}`,
        ),
      ).toEqual(simplified ? ['BR-KSA-98:warning'] : []);
    });
  }

  it('reads every model field the builder writes (corpus round trip)', () => {
    for (const { name, invoice } of scenarioCorpus) {
      const parsed = parseInvoice(buildInvoice(invoice).xml);
      const again = buildInvoice(parsed);
      expect(again.xml, name).toBe(buildInvoice(invoice).xml);
    }
  });

  it('refuses what is not an invoice, and a document without a usable model', () => {
    expect(() => parseInvoice('<CreditNote xmlns="urn:x"/>')).toThrow(XmlError);
    expect(() => parseInvoice('<Invoice')).toThrow(XmlError);
    const broken = samples.find((sample) => sample.path.endsWith('Simplified_Credit_Note_Error.xml'))!;
    try {
      parseInvoice(broken.xml);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).faults).toEqual([
        expect.objectContaining({ rule: 'BR-CO-04', path: 'lines[0].taxCategory' }),
      ]);
    }
  });
});

describe('validateInvoice on ZATCA’s R4.0.0 error samples', () => {
  // The rule ids ZATCA's R4.0.0 rule files give each (zatca-validate with that bundle's
  // schematrons; the node test beside this one re-runs them).
  const expected: Record<string, string[]> = {
    'Standard_Invoice_Error.xml': ['BR-KSA-84', 'BR-S-05'],
    'Standard_Credit_Note_Error.xml': ['BR-KSA-84', 'BR-S-05'],
    'Standard_Debit_Note_Error.xml': ['BR-KSA-84', 'BR-S-05'],
    'Simplified_Invoice_Error.xml': ['BR-CO-04'],
    'Simplified_Credit_Note_Error.xml': ['BR-CO-04', 'BR-Z-08'],
    'Simplified_Debit_Note_Error.xml': ['BR-CO-04', 'BR-Z-08'],
  };
  for (const [file, rules] of Object.entries(expected)) {
    it(`fails ${file} with ${rules.join(' and ')}`, () => {
      const sample = samples.find((candidate) => candidate.path.endsWith(`/${file}`))!;
      const faults = validateInvoice(sample.xml, { ruleSet: '238-R4.0.0' });
      expect([...new Set(faults.map((fault) => fault.rule))].sort()).toEqual(rules);
      expect(faults.some((fault) => fault.severity === 'error')).toBe(true);
    });
  }

  it('passes the other R4.0.0 samples under R4.0.0 rules, and flags their price-level charge under R3.4.8', () => {
    for (const sample of samples.filter(
      (s) => s.path.startsWith('sdk-238-R4.0.0/') && !s.breaksBusinessRules,
    )) {
      const rules = validateInvoice(sample.xml, { ruleSet: '238-R4.0.0' }).map((fault) => fault.rule);
      // The simplified notes write "VATEX-SA-HEA " (trailing space) without the buyer's national
      // ID: BR-KSA-49's context compares the code as written, so it does not apply, and ours
      // neither (the reader keeps the code untrimmed).
      expect(rules, sample.path).toEqual([]);
    }
    const withCharge = samples.find((s) =>
      s.path.endsWith('R4.0.0/Data/Samples/Standard/Invoice/Standard_Invoice.xml'),
    )!;
    expect(validateInvoice(withCharge.xml, { ruleSet: '238-R3.4.8' }).map((fault) => fault.rule)).toContain(
      'BR-KSA-EN16931-06',
    );
    expect(validateInvoice(withCharge.xml).map((fault) => fault.rule)).not.toContain('BR-KSA-EN16931-06');
  });
});
