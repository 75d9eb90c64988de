import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from './corpus.ts';
import { corpusFolder } from './corpus-location.ts';
import { runDifferentialCheck } from './harness.ts';
import { loadKnownDifferences } from './known-differences.ts';
import { formatReport } from './report-table.ts';

const HEADER = 'file\trepository\tcommit\tpath\tsha256\n';

/** A corpus folder with one file, its provenance recording `recorded` as its digest. */
function corpusWith(text: string, recorded = createHash('sha256').update(text).digest('hex')): string {
  const folder = mkdtempSync(join(tmpdir(), 'fatoora-differential-'));
  writeFileSync(join(folder, 'a.xml'), text);
  writeFileSync(
    join(folder, 'PROVENANCE.tsv'),
    `${HEADER}a.xml\towner/name\t0123456789abcdef0123456789abcdef01234567\ttest/a.xml\t${recorded}\n`,
  );
  return folder;
}

describe('readCorpus', () => {
  it('reads each file its provenance lists, with where it came from', () => {
    const [document] = readCorpus(corpusWith('<Invoice/>'));
    expect(document).toMatchObject({ file: 'a.xml', repository: 'owner/name', path: 'test/a.xml' });
    expect(document?.xml).toBe('<Invoice/>');
  });

  it('refuses a file whose bytes are not the ones its provenance records', () => {
    expect(() => readCorpus(corpusWith('<Invoice/>', '0'.repeat(64)))).toThrow(/SHA-256/);
  });

  it('finds the corpus on the command line, else in FATOORA_REAL_WORLD_CORPUS, else in the shared folder', () => {
    expect(corpusFolder('/somewhere', {})).toBe('/somewhere');
    expect(corpusFolder('corpus', { INIT_CWD: '/work' })).toBe('/work/corpus');
    expect(corpusFolder(undefined, { FATOORA_REAL_WORLD_CORPUS: '/corpus' })).toBe('/corpus');
    expect(corpusFolder(undefined, { FATOORA_SHARED: '/shared' })).toBe('/shared/real-world-invoices');
  });

  it('lists every accepted difference with a document digest and a reason', () => {
    for (const entry of loadKnownDifferences()) {
      expect(entry.sha256, entry.file).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.reason.length, entry.file).toBeGreaterThan(40);
    }
  });
});

const folder = corpusFolder();

// CI has the corpus once the maintainers place it in ../shared/real-world-invoices.
describe.runIf(existsSync(folder))(`the real-world corpus at ${folder}`, () => {
  it('is the corpus the manifest records, file for file (repository, commit, path, SHA-256)', () => {
    const manifest = readFileSync(new URL('../corpus-manifest.tsv', import.meta.url), 'utf8');
    expect(readFileSync(join(folder, 'PROVENANCE.tsv'), 'utf8')).toBe(manifest);
  });

  it('has no difference with ZATCA’s rule files or the simulator beyond the accepted ones', async () => {
    const result = await runDifferentialCheck(folder);
    const report = formatReport(result);
    expect(result.unexpected, report).toBe(0);
    expect(result.stale, report).toEqual([]);
  }, 600_000);
});

describe.skipIf(existsSync(folder))('the real-world corpus', () => {
  it.skip(`is not at ${folder} (set FATOORA_REAL_WORLD_CORPUS, or have the maintainers place it in ../shared/real-world-invoices): the differential check was not run`, () => {});
});
