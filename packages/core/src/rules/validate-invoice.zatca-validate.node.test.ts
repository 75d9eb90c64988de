import { zatcaFindings } from '@fatoora/test-support/zatca-findings';
import { zatcaValidate } from '@fatoora/test-support/zatca-validate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryInvoice, CORRUPTIONS } from '../../test/support/arbitrary-invoice.ts';
import { signWithSdkKey } from '../../test/support/sdk-signer.ts';
import type { Invoice } from '../model/invoice.ts';
import { buildInvoice } from '../pipeline/build-invoice.ts';
import { writeInvoice } from '../ubl/write-invoice.ts';
import { validateInvoice } from './validate-invoice.ts';

/** The scenarios' issue moment, so the clock rules hold still. */
const now = new Date('2024-05-01T12:00:00+03:00');

describe('validateInvoice agrees with ZATCA’s rules (zatca-validate) on random documents', () => {
  it('passes what ZATCA passes and fails, with the same rule ids, what ZATCA fails', async () => {
    // A fixed seed keeps the sample (and the run time) stable; the property tests roam further.
    const valid = fc.sample(arbitraryInvoice, { seed: 20_241_201, numRuns: 2 });
    const corrupted = CORRUPTIONS.flatMap((corruption, index) => {
      const base =
        valid.find((invoice) => corruption.appliesTo?.(invoice) ?? true) ?? valid[index % valid.length]!;
      const invoice = corruption.apply(base);
      // A corruption the writer cannot express in XML (an amount with letters), or that leaves
      // nothing to sign (no seller VAT number for the QR), is the model's problem alone:
      // validateInvoice and buildInvoice catch it (validate-invoice.property.test.ts).
      try {
        const signed = signWithSdkKey(writeInvoice(invoice).xml);
        return [{ name: `corrupt-${index}.xml`, invoice, corruption: corruption.name, signed }];
      } catch {
        return [];
      }
    });
    const documents: Record<string, string> = {};
    valid.forEach((invoice, index) => {
      documents[`valid-${index}.xml`] = signWithSdkKey(buildInvoice(invoice).xml);
    });
    for (const entry of corrupted) documents[entry.name] = entry.signed;
    expect(corrupted.length).toBeGreaterThanOrEqual(12);

    const { verdicts, output } = await zatcaValidate(documents);
    const verdictOf = (name: string) => verdicts.find((verdict) => verdict.file.endsWith(`/${name}`))!;

    valid.forEach((_, index) => {
      expect(verdictOf(`valid-${index}.xml`).valid, output).toBe(true);
    });
    for (const { name, invoice, corruption } of corrupted) {
      const verdict = verdictOf(name);
      const zatca = zatcaFindings(output, verdict.file);
      // zatca-validate runs R3.4.8's rule files: judge by the same set.
      const ours = validateInvoice(invoice as Invoice, { now, ruleSet: '238-R3.4.8' });
      // Our own ids (uuid-format, decimal-format, …) are stricter than ZATCA's rules on purpose.
      const ourErrors = ours
        .filter((fault) => fault.severity === 'error' && fault.rule.startsWith('BR-'))
        .map((fault) => fault.rule);
      const ourRules = ours.map((fault) => fault.rule);
      // Where ZATCA's rules fail the document, ours fail it too, naming every rule ZATCA names.
      // An XSD finding (SAXParseException, XSD_ZATCA_INVALID) has no rule id: some error of ours
      // must stand for it.
      for (const rule of zatca.errors) {
        if (rule.startsWith('BR-')) expect(ourErrors, `${corruption}: ZATCA's ${rule}`).toContain(rule);
        else expect(ourErrors.length, `${corruption}: ZATCA's ${rule}`).toBeGreaterThan(0);
      }
      // And we never fail a document ZATCA's rules pass.
      expect(verdict.valid, `${corruption}: ours ${ourErrors.join(', ')}; ZATCA ${verdict.line}`).toBe(
        ourErrors.length === 0,
      );
      // ZATCA's warnings show up among our faults too (BR-KSA-98 aside: our clock is fixed) —
      // on documents without errors; a broken one (no lines) sets off warnings in cascade.
      if (zatca.errors.length === 0) {
        for (const rule of zatca.warnings.filter((code) => code !== 'BR-KSA-98'))
          expect(ourRules, `${corruption}: ZATCA's warning ${rule}`).toContain(rule);
      }
    }
  }, 900_000);
});
