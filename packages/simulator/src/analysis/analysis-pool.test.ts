import { readFileSync } from 'node:fs';
import { parseCertificate } from '@fatoora/core/crypto';
import { ZATCA_SDK_DATA_URL } from '@fatoora/test-support/zatca-sdk-paths';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AnalysisFailedError,
  type AnalysisPool,
  analyzeInline,
  createAnalysisPool,
} from './analysis-pool.ts';
import type { SubmissionInput } from './analyze-submission.ts';

const fixtures = ZATCA_SDK_DATA_URL;
const sampleText = readFileSync(
  new URL('Samples/Simplified/Invoice/Simplified_Invoice.xml', fixtures),
  'utf8',
);
const certificate = parseCertificate(readFileSync(new URL('Certificates/cert.pem', fixtures), 'utf8'));

/** A reporting submission of `xml` (ZATCA's SDK sample by default). */
const submission = (xml = sampleText): SubmissionInput => ({
  invoice: Buffer.from(xml).toString('base64'),
  claimed: { invoiceHash: 'bm90LXRoZS1oYXNo', uuid: '3cf5ee18-ee25-44ea-a444-2c37ba7f28be' },
  certificate,
  endpoint: 'reporting',
  clearanceEnabled: true,
  now: new Date('2024-05-01T12:00:00Z'),
  qrLongValues: 'lenient',
});

/** The sample with `bytes` of attribute-heavy elements inside its extensions: read in full, slowly. */
function heavySample(bytes: number): string {
  const unit = `<a ${Array.from({ length: 60 }, (_, index) => `b${index}="v"`).join(' ')}/>`;
  const at = sampleText.indexOf('<ext:UBLExtension>');
  return `${sampleText.slice(0, at)}${unit.repeat(Math.ceil(bytes / unit.length))}${sampleText.slice(at)}`;
}

const pools: AnalysisPool[] = [];
const pool = (options: Parameters<typeof createAnalysisPool>[0]) => {
  const created = createAnalysisPool(options);
  pools.push(created);
  return created;
};
afterAll(() => Promise.all(pools.map((created) => created.close())));

describe('createAnalysisPool', () => {
  it('answers exactly as the analysis on the calling thread does, for many tasks at once', async () => {
    const threads = pool({ threads: 2 });
    const inputs = [
      submission(),
      submission(heavySample(200_000)),
      { ...submission(), invoice: 'not base64!' },
    ];
    const expected = await Promise.all(inputs.map((input) => analyzeInline(input)));
    expect(expected[0]).toMatchObject({ readable: true, facts: { counter: '10' } });
    expect(expected[2]).toMatchObject({ readable: false });
    const answers = await Promise.all(
      [...inputs, ...inputs, ...inputs].map((input) => threads.analyze(input)),
    );
    expect(answers).toEqual([...expected, ...expected, ...expected]);
  });

  it('ends a thread that overruns the time limit, fails its task, and takes the next on a new thread', async () => {
    const threads = pool({ threads: 1, taskTimeoutMs: 300 });
    await threads.analyze(submission()); // the limit counts from a thread's readiness, not its start
    const overrun = threads.analyze(submission(heavySample(6_000_000)));
    await expect(overrun).rejects.toThrow(AnalysisFailedError);
    await expect(overrun).rejects.toThrow('The analysis took longer than 300 ms.');
    await expect(threads.analyze(submission())).resolves.toMatchObject({ readable: true });
  });

  it('fails the task of a thread that runs out of heap, and takes the next on a new thread', async () => {
    const threads = pool({ threads: 1, maxHeapMb: 48 });
    await expect(threads.analyze(submission(heavySample(8_000_000)))).rejects.toThrow(
      /The analysis thread (failed|stopped)/,
    );
    await expect(threads.analyze(submission())).resolves.toMatchObject({ readable: true });
  });

  it('fails the tasks still waiting or running when it closes, and any task after', async () => {
    const threads = createAnalysisPool({ threads: 1 });
    const outcomes = [submission(heavySample(500_000)), submission()].map((input) =>
      threads.analyze(input).then(
        () => 'answered',
        (error: Error) => error.message,
      ),
    );
    await threads.close();
    expect(await Promise.all(outcomes)).toEqual([
      'The analysis pool is closed.',
      'The analysis pool is closed.',
    ]);
    await expect(threads.analyze(submission())).rejects.toThrow(AnalysisFailedError);
  });

  it('refuses a thread count that is not a whole number of at least 1', () => {
    expect(() => createAnalysisPool({ threads: 0 })).toThrow(TypeError);
    expect(() => createAnalysisPool({ threads: 1.5 })).toThrow(TypeError);
  });
});
