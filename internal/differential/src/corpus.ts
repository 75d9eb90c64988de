/**
 * Reads a corpus of real-world invoices: a folder holding the XML files and a `PROVENANCE.tsv`
 * that names, for each file, the public repository, commit and path it was copied from and its
 * SHA-256. The files are not ours (they stay out of the repository; the maintainers keep the
 * folder in `../shared/real-world-invoices`), so every file is checked against the digest its
 * provenance records: a corpus whose files drifted from their provenance is refused, not judged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One document of the corpus and where it came from. */
export interface CorpusDocument {
  /** Its path inside the corpus folder. */
  readonly file: string;
  /** The public repository it was copied from (`owner/name`). */
  readonly repository: string;
  /** The commit it was read at. */
  readonly commit: string;
  /** Its path in that repository. */
  readonly path: string;
  /** SHA-256 of its bytes (hex): its identity in `known-differences.json`. */
  readonly sha256: string;
  /** Its text. */
  readonly xml: string;
}

/** The columns `PROVENANCE.tsv` must start with, in this order. */
export const PROVENANCE_COLUMNS = ['file', 'repository', 'commit', 'path', 'sha256'] as const;

/**
 * Reads every document the corpus folder's `PROVENANCE.tsv` lists.
 *
 * @throws {Error} when the provenance file is missing or malformed, a listed file is missing, or a
 *   file's SHA-256 is not the one recorded.
 * @example
 * ```ts
 * const documents = readCorpus('../shared/real-world-invoices');
 * documents[0].repository; // 'Saleh7/php-zatca-xml'
 * ```
 */
export function readCorpus(folder: string): CorpusDocument[] {
  const [header, ...rows] = readFileSync(join(folder, 'PROVENANCE.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const columns = header?.split('\t') ?? [];
  if (PROVENANCE_COLUMNS.some((column, index) => columns[index] !== column)) {
    throw new Error(
      `${join(folder, 'PROVENANCE.tsv')} must start with the columns ${PROVENANCE_COLUMNS.join(', ')}; found ${columns.join(', ')}.`,
    );
  }
  return rows.map((row, index) => {
    const [file, repository, commit, path, sha256] = row.split('\t');
    if (!file || !repository || !commit || !path || !sha256) {
      throw new Error(`PROVENANCE.tsv line ${index + 2} lacks one of ${PROVENANCE_COLUMNS.join(', ')}.`);
    }
    const bytes = readFileSync(join(folder, file));
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha256) {
      throw new Error(`${file}: its SHA-256 is ${actual}, but PROVENANCE.tsv records ${sha256}.`);
    }
    return { file, repository, commit, path, sha256, xml: new TextDecoder().decode(bytes) };
  });
}
