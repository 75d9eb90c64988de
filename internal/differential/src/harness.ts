/**
 * The differential check over a corpus: every document through core (`ourVerdict`), ZATCA's rule
 * files in one batch (`zatcaVerdicts`) and the simulator (`simulatorVerdicts`), then compared
 * (`compareVerdicts`) and sorted against the accepted differences (`known-differences.json`).
 */
import { compareVerdicts, type Difference } from './compare.ts';
import { type CorpusDocument, readCorpus } from './corpus.ts';
import {
  type KnownDifference,
  loadKnownDifferences,
  type SettledDifference,
  settleDifferences,
} from './known-differences.ts';
import { type OurVerdict, ourVerdict } from './our-verdict.ts';
import { type SimulatorVerdict, simulatorVerdicts } from './simulator-verdict.ts';
import { type ZatcaDocumentVerdict, zatcaVerdicts } from './zatca-verdict.ts';

/** Everything known about one document after the check. */
export interface DocumentResult {
  readonly document: Omit<CorpusDocument, 'xml'>;
  readonly ours: OurVerdict;
  readonly zatca: ZatcaDocumentVerdict;
  readonly simulator: SimulatorVerdict;
  readonly differences: readonly SettledDifference[];
}

/** The outcome of a check. */
export interface DifferentialResult {
  readonly documents: readonly DocumentResult[];
  /** Accepted differences that no longer occur: remove them from the list. */
  readonly stale: readonly KnownDifference[];
  /** Differences not in the list: fix them, or list them with their reason. */
  readonly unexpected: number;
}

/**
 * Checks the documents of a corpus folder (see `readCorpus`).
 *
 * @throws {Error} when the corpus cannot be read or zatca-validate cannot run.
 * @example
 * ```ts
 * const result = await runDifferentialCheck('../shared/real-world-invoices');
 * result.unexpected; // 0
 * ```
 */
export async function runDifferentialCheck(
  folder: string,
  known: readonly KnownDifference[] = loadKnownDifferences(),
): Promise<DifferentialResult> {
  return checkDocuments(readCorpus(folder), known);
}

/**
 * Checks documents given in memory (the corpus, or documents a test makes).
 *
 * @example
 * ```ts
 * await checkDocuments([{ file: 'a.xml', repository: 'ours', commit: '-', path: 'a.xml', sha256, xml }], []);
 * ```
 */
export async function checkDocuments(
  documents: readonly CorpusDocument[],
  known: readonly KnownDifference[],
): Promise<DifferentialResult> {
  // Named by digest: unique, file-name safe, and the key of the known differences.
  const byName = Object.fromEntries(documents.map((document) => [`${document.sha256}.xml`, document.xml]));
  const [zatca, simulator] = await Promise.all([zatcaVerdicts(byName), simulatorVerdicts(byName)]);
  const found = new Map<string, Difference[]>();
  const verdicts = documents.map((document) => {
    const name = `${document.sha256}.xml`;
    const ours = ourVerdict(document.xml);
    const theirs = zatca.get(name);
    if (!theirs) throw new Error(`zatca-validate gave no verdict on ${document.file}.`);
    const answer = simulator.get(name) ?? { asked: false as const, reason: 'not asked' };
    found.set(document.sha256, compareVerdicts(ours, theirs, answer));
    return { document, ours, zatca: theirs, simulator: answer };
  });
  const { settled, stale } = settleDifferences(found, known);
  const results = verdicts.map(({ document: { xml: _, ...document }, ...verdict }) => ({
    document,
    ...verdict,
    differences: settled.get(document.sha256) ?? [],
  }));
  const unexpected = results.reduce(
    (count, result) => count + result.differences.filter((difference) => !difference.knownBecause).length,
    0,
  );
  return { documents: results, stale, unexpected };
}
