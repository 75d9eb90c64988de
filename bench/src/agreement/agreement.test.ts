/**
 * The differential check of issue 10 on documents other libraries write (`other-libraries.ts`):
 * each goes through our `verifyInvoice`, `validateInvoice(xml)` (the model read back from the
 * document, plus its written amounts against the tax engine) and ZATCA's own rule files
 * (`../shared/tools/zatca-validate --all-stages`), and the verdicts must agree:
 * - no false rejection: a document ZATCA's files pass gets no error from us;
 * - no missed rule: a document they refuse gets an error from us, and each of their error ids is
 *   among ours;
 * - warnings: theirs and ours are the same set, but for the differences listed in
 *   {@link KNOWN_DIFFERENCES}, each with its reason — and a listed difference that no longer occurs
 *   fails the test, so the list cannot go stale.
 */
import { readFileSync } from 'node:fs';
import { type Fault, parseInvoice, ValidationError, validateInvoice, verifyInvoice } from '@fatoora/core';
import { zatcaFindings } from '@fatoora/test-support/zatca-findings';
import { ZATCA_SDK_DATA_URL } from '@fatoora/test-support/zatca-sdk-paths';
import { zatcaValidate } from '@fatoora/test-support/zatca-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ForeignDocument, foreignDocuments } from './other-libraries.ts';

const certificates = new URL('Certificates/', ZATCA_SDK_DATA_URL);
const certificate = readFileSync(new URL('cert.pem', certificates), 'utf8');
const privateKey = readFileSync(new URL('ec-secp256k1-priv-key.pem', certificates), 'utf8');

/** A difference between our warnings and ZATCA's on one document, and why it is right. */
interface KnownDifference {
  readonly document: string;
  /** `ours` : we warn and ZATCA's files do not; `theirs`: the other way round. */
  readonly side: 'ours' | 'theirs';
  readonly rule: string;
  readonly reason: string;
}

const KNOWN_DIFFERENCES: readonly KnownDifference[] = [];

/** What one side said of a document: error and warning ids. */
interface Verdict {
  readonly errors: ReadonlySet<string>;
  readonly warnings: ReadonlySet<string>;
}

function ourVerdict(xml: string): Verdict {
  const errors = new Set<string>();
  const warnings = new Set<string>();
  // Verification warnings (e.g. the QR timestamp leniency) are ZATCA's platform's, not its rule
  // files': only the errors take part here.
  for (const finding of verifyInvoice(xml).findings) {
    if ((finding as { severity?: string }).severity !== 'warning') errors.add(finding.code);
  }
  let faults: readonly Fault[];
  try {
    // parseInvoice first: it refuses a document that leaves no usable model (ValidationError).
    parseInvoice(xml);
    // zatca-validate runs R3.4.8's rule files: judge by the same set.
    faults = validateInvoice(xml, { ruleSet: '238-R3.4.8' });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    faults = error.faults;
  }
  for (const fault of faults) (fault.severity === 'error' ? errors : warnings).add(fault.rule);
  return { errors, warnings };
}

describe('verdicts on documents other libraries write agree with ZATCA’s rule files', () => {
  let documents: ForeignDocument[];
  let theirs: Map<string, Verdict & { readonly valid: boolean }>;

  beforeAll(async () => {
    documents = await foreignDocuments(certificate, privateKey);
    const { verdicts, output } = await zatcaValidate(
      Object.fromEntries(documents.map((document) => [`${document.name}.xml`, document.xml])),
    );
    theirs = new Map(
      documents.map((document) => {
        const verdict = verdicts.find((candidate) => candidate.file.endsWith(`/${document.name}.xml`))!;
        const findings = zatcaFindings(output, verdict.file);
        return [
          document.name,
          { valid: verdict.valid, errors: new Set(findings.errors), warnings: new Set(findings.warnings) },
        ];
      }),
    );
  }, 300_000);

  it('covers both libraries and every document kind they write', () => {
    expect(documents.map((document) => document.name)).toHaveLength(10);
    expect(new Set(documents.map((document) => document.source.split('@')[0]))).toEqual(
      new Set(['zatca-xml-js', 'zatca-sdk']),
    );
  });

  it('refuses nothing that ZATCA’s files pass, and misses none of their errors', () => {
    for (const document of documents) {
      const zatca = theirs.get(document.name)!;
      const ours = ourVerdict(document.xml);
      const context = `${document.name} (${document.source}): ours ${JSON.stringify([...ours.errors])}, ZATCA's ${JSON.stringify([...zatca.errors])}`;
      if (zatca.valid) expect([...ours.errors], context).toEqual([]);
      else {
        expect(ours.errors.size, context).toBeGreaterThan(0);
        for (const rule of zatca.errors) expect(ours.errors.has(rule), context).toBe(true);
      }
    }
  });

  it('warns as ZATCA’s files do, but for the differences listed with their reasons', () => {
    const found: KnownDifference[] = [];
    for (const document of documents) {
      const zatca = theirs.get(document.name)!;
      const ours = ourVerdict(document.xml);
      for (const rule of ours.warnings) {
        if (!zatca.warnings.has(rule))
          found.push({ document: document.name, side: 'ours', rule, reason: '' });
      }
      for (const rule of zatca.warnings) {
        if (!ours.warnings.has(rule))
          found.push({ document: document.name, side: 'theirs', rule, reason: '' });
      }
    }
    const key = (difference: KnownDifference) =>
      `${difference.document} ${difference.side} ${difference.rule}`;
    expect(found.map(key).sort()).toEqual(KNOWN_DIFFERENCES.map(key).sort());
  });
});
