/**
 * The OpenAPI half of the recorded-answer check: one line and no breach without the files; with
 * them, breaches prefixed for the grouped list and a tally of what was checked and what not.
 */
import { describe, expect, it } from 'vitest';
import { recordedOpenApiCheck } from './recorded-openapi-check.ts';
import { tinyOpenApiFolder } from './tiny-openapi.ts';

const logged = (status: number, body: unknown) => ({
  method: 'POST',
  path: '/things',
  status,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

describe('recordedOpenApiCheck', () => {
  it('is skipped, in one line naming the folder, when the files are not there', () => {
    const absent = `${tinyOpenApiFolder()}/absent`;
    const check = recordedOpenApiCheck({ FATOORA_ZATCA_OPENAPI: absent });
    expect(check.problemsOf(logged(200, { status: 'MAYBE' }))).toEqual([]);
    expect(check.summary()).toEqual([
      expect.stringMatching(new RegExp(`^openapi: skipped, no ZATCA OpenAPI files at ${absent} `)),
    ]);
  });

  it('validates what the files document and tallies what they do not', () => {
    const folder = tinyOpenApiFolder();
    const check = recordedOpenApiCheck({ FATOORA_ZATCA_OPENAPI: folder });
    expect(check.problemsOf(logged(200, { status: 'OK' }))).toEqual([]);
    expect(check.problemsOf(logged(200, { status: 'MAYBE' }))).toEqual([
      'openapi: tiny_openapi.json POST /things 200 application/json: /status must be equal to one of the allowed values ["OK","NO"]',
    ]);
    expect(check.problemsOf(logged(503, {}))).toEqual([]);
    expect(check.problemsOf({ ...logged(200, {}), path: '/compliance' })).toEqual([]);
    const summary = check.summary();
    expect(summary[0]).toBe(`openapi: 2 answers checked against tiny_openapi.json in ${folder}:`);
    expect(summary).toContainEqual(
      expect.stringMatching(/^ {2}tiny_openapi\.json POST \/things 200 application\/json +2$/),
    );
    expect(summary).toContainEqual(
      expect.stringMatching(/^ {2}tiny_openapi\.json POST \/things 503 \(status-not-documented\) +1$/),
    );
  });
});
