/**
 * ZATCA's verdict on many documents at once: `../shared/tools/zatca-validate --all-stages` in one
 * batch (through `@fatoora/test-support`'s batch runner, one JVM per lane for the whole corpus),
 * read into each document's stage results (XSD, EN, KSA, QR, SIGNATURE, PIH) and the error and
 * warning codes its rule files gave (`zatcaFindings`).
 */
import { zatcaFindings } from '@fatoora/test-support/zatca-findings';
import { zatcaValidate } from '@fatoora/test-support/zatca-validate';

/** The stages zatca-validate reports, in its order. */
export const ZATCA_STAGES = ['XSD', 'EN', 'KSA', 'QR', 'SIGNATURE', 'PIH'] as const;

/** One of zatca-validate's stages. */
export type ZatcaStage = (typeof ZATCA_STAGES)[number];

/** What ZATCA's tool says of one document. */
export interface ZatcaDocumentVerdict {
  /** Each stage's result as printed (`PASSED`, `FAILED`, …); a stage it did not print is absent. */
  readonly stages: Readonly<Partial<Record<ZatcaStage, string>>>;
  /** The error codes (BR rules, and the QR, signature and PIH checks' own codes). */
  readonly errors: readonly string[];
  /** The warning codes. */
  readonly warnings: readonly string[];
  /** The verdict line, for the record. */
  readonly line: string;
}

/**
 * Validates documents (name → XML) in one batch and returns each one's verdict under its name.
 * Names should be file-name safe (the runner writes each document to a file of that name).
 *
 * @throws {Error} when zatca-validate is not there or cannot run (its message says why).
 * @example
 * ```ts
 * const verdicts = await zatcaVerdicts({ 'a.xml': signedXml });
 * verdicts.get('a.xml')?.stages.KSA; // 'PASSED'
 * ```
 */
export async function zatcaVerdicts(
  documents: Readonly<Record<string, string>>,
): Promise<Map<string, ZatcaDocumentVerdict>> {
  const names = Object.keys(documents);
  const { verdicts, output } = await zatcaValidate(documents);
  const byName = new Map<string, ZatcaDocumentVerdict>();
  verdicts.forEach((verdict, index) => {
    const stages: Partial<Record<ZatcaStage, string>> = {};
    for (const [, stage, result] of verdict.line.matchAll(/\b(XSD|EN|KSA|QR|SIGNATURE|PIH)=(\S+)/g)) {
      stages[stage as ZatcaStage] = result as string;
    }
    const { errors, warnings } = zatcaFindings(output, verdict.file);
    byName.set(names[index]!, { stages, errors, warnings, line: verdict.line });
  });
  return byName;
}
