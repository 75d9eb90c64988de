/**
 * The differences we accept, each with its reason, kept as data in `known-differences.json` beside
 * this package: a document (by the SHA-256 of its bytes, so that a renamed or moved file keeps its
 * entry), the kind of difference and its subject. Everything the check finds is sorted against
 * this list into expected and unexpected; an entry that no longer occurs is stale, and the check
 * says so, so that the list never outlives what it explains.
 */
import { readFileSync } from 'node:fs';
import { DIFFERENCE_KINDS, type Difference, type DifferenceKind } from './compare.ts';

/** One accepted difference. */
export interface KnownDifference {
  /** SHA-256 of the document's bytes (hex), as in PROVENANCE.tsv. */
  readonly sha256: string;
  /** The document's corpus file, for the reader. */
  readonly file: string;
  readonly kind: DifferenceKind;
  /** The difference's subject (`BR-KSA-72`, `signing-time-invalid`, `verdict`, …). */
  readonly subject: string;
  /** Why it is accepted, in our words: whose mistake it is and how we know. */
  readonly reason: string;
}

const KNOWN_DIFFERENCES_URL = new URL('../known-differences.json', import.meta.url);

/**
 * Reads the list.
 *
 * @throws {Error} when an entry lacks a field or names an unknown kind.
 * @example
 * ```ts
 * loadKnownDifferences().length; // 12
 * ```
 */
export function loadKnownDifferences(url: URL = KNOWN_DIFFERENCES_URL): KnownDifference[] {
  const { differences } = JSON.parse(readFileSync(url, 'utf8')) as { differences: KnownDifference[] };
  for (const entry of differences) {
    const missing = (['sha256', 'file', 'kind', 'subject', 'reason'] as const).filter(
      (field) => typeof entry[field] !== 'string' || entry[field].trim() === '',
    );
    if (missing.length > 0 || !DIFFERENCE_KINDS.includes(entry.kind)) {
      throw new Error(
        `known-differences.json: the entry for ${entry.file ?? entry.sha256} lacks ${missing.join(', ') || 'a known kind'}.`,
      );
    }
  }
  return differences;
}

/** A difference found, with the reason it is accepted when it is. */
export interface SettledDifference extends Difference {
  /** The reason from the list; absent when the difference is unexpected. */
  readonly knownBecause?: string;
}

/**
 * Marks each document's differences known or not, and finds the entries that matched nothing.
 *
 * @example
 * ```ts
 * const { settled, stale } = settleDifferences(new Map([[sha256, differences]]), loadKnownDifferences());
 * ```
 */
export function settleDifferences(
  found: ReadonlyMap<string, readonly Difference[]>,
  known: readonly KnownDifference[],
): { settled: Map<string, SettledDifference[]>; stale: KnownDifference[] } {
  const used = new Set<KnownDifference>();
  const settled = new Map<string, SettledDifference[]>();
  for (const [sha256, differences] of found) {
    settled.set(
      sha256,
      differences.map((difference) => {
        const entry = known.find(
          (candidate) =>
            candidate.sha256 === sha256 &&
            candidate.kind === difference.kind &&
            candidate.subject === difference.subject,
        );
        if (!entry) return difference;
        used.add(entry);
        return { ...difference, knownBecause: entry.reason };
      }),
    );
  }
  // Only documents that were checked can make an entry stale.
  const stale = known.filter((entry) => found.has(entry.sha256) && !used.has(entry));
  return { settled, stale };
}
