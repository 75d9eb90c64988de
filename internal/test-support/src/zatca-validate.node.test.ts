/**
 * The batch checker behind `zatcaValidate` must say what zatca-validate itself says: for ZATCA's
 * samples and a tampered one, the same verdict, the same result per stage and
 * the same error and warning codes as the tool run on each file on its own. One simplified and one
 * standard sample cover both sets of stages (QR and signature run on simplified ones), the
 * tampered one an INVALID verdict; each reference run starts a JVM of its own, so they run at once.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zatcaFindings } from './zatca-findings.ts';
import { zatcaValidate, zatcaValidatePath } from './zatca-validate.ts';

const samples = new URL('../fixtures/zatca-sdk/Data/Samples/', import.meta.url);
const sample = (path: string) => readFileSync(new URL(path, samples), 'utf8');

/** The parts of a verdict line that must agree: the verdict, each stage's result, the counts. */
function verdictFacts(line: string) {
  const stages = Object.fromEntries(
    [...line.matchAll(/\b(XSD|EN|KSA|QR|SIGNATURE|PIH|GLOBAL)=([A-Z]+)/g)].map(([, stage, result]) => [
      stage,
      result,
    ]),
  );
  return { verdict: line.split(' ')[1], stages, counts: /errors=\d+ warnings=\d+/.exec(line)?.[0] };
}

/** zatca-validate's verbose output for one file, run on its own (exit 1, INVALID, is an answer). */
function referenceOutput(file: string): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      zatcaValidatePath(),
      ['--all-stages', file],
      { encoding: 'utf8', env: { ...process.env, VERBOSE: '1' } },
      (error, stdout) => {
        if (error && error.code !== 1) fail(error);
        else done(stdout);
      },
    );
  });
}

describe('zatcaValidate (batched)', () => {
  it('gives the verdicts, stage results and codes zatca-validate gives file by file', async () => {
    const simplified = sample('Simplified/Invoice/Simplified_Invoice.xml');
    const documents = {
      'simplified.xml': simplified,
      'standard.xml': sample('Standard/Invoice/Standard_Invoice.xml'),
      'tampered.xml': simplified.replace(/(<cbc:PayableAmount[^>]*>)[^<]+/, '$1999.99'),
    };
    const { verdicts, output } = await zatcaValidate(documents);
    const directory = mkdtempSync(join(tmpdir(), 'fatoora-zatca-reference-'));
    const references = await Promise.all(
      Object.entries(documents).map(([name, xml]) => {
        const file = join(directory, name);
        writeFileSync(file, xml);
        return referenceOutput(file).then((reference) => ({ name, file, reference }));
      }),
    );
    for (const { name, file, reference } of references) {
      const ours = verdicts.find((verdict) => verdict.file.endsWith(`/${name}`));
      expect(ours, name).toBeDefined();
      const referenceLine = reference.split('\n')[0] ?? '';
      expect(verdictFacts(ours!.line), name).toEqual(verdictFacts(referenceLine));
      expect(zatcaFindings(output, ours!.file), name).toEqual(zatcaFindings(reference, file));
    }
    expect(verdicts.map((verdict) => verdict.valid)).toEqual([true, true, false]);
  }, 120_000);
});
