/**
 * Looking up what the files document for an answer: under any base path, the longest documented
 * path, the status or its range, the media type with the parameters the file names.
 */
import { describe, expect, it } from 'vitest';
import { mediaTypeFits, OpenApiResponses } from './openapi-responses.ts';
import { tinyOpenApi } from './tiny-openapi.ts';

const responses = new OpenApiResponses([tinyOpenApi()]);

describe('OpenApiResponses.lookup', () => {
  it('finds the schema of an answer under a base path, on the longest documented path', () => {
    const found = responses.lookup(
      'post',
      '/e-invoicing/core/things/',
      200,
      'application/json; charset=utf-8',
    );
    expect(found).toMatchObject({
      outcome: 'schema',
      where: 'tiny_openapi.json POST /things 200 application/json',
      schema: { $ref: '#/definitions/Result' },
    });
    expect(responses.lookup('POST', '/base/things/special?x=1', 200, 'application/json')).toMatchObject({
      where: 'tiny_openapi.json POST /things/special 200 application/json',
    });
  });

  it('falls back on the status range, and says when neither the status nor the endpoint is there', () => {
    expect(responses.lookup('POST', '/things', 418, 'application/json')).toMatchObject({
      outcome: 'schema',
      where: 'tiny_openapi.json POST /things 4XX application/json',
    });
    expect(responses.lookup('POST', '/things', 500, 'application/json')).toEqual({
      outcome: 'status-not-documented',
      where: 'tiny_openapi.json POST /things 500',
    });
    expect(responses.lookup('GET', '/things', 200, 'application/json')).toEqual({
      outcome: 'endpoint-not-documented',
    });
    expect(responses.lookup('POST', '/other', 200, 'application/json').outcome).toBe(
      'endpoint-not-documented',
    );
  });

  it('says when an answer is documented without a schema, or in another media type', () => {
    expect(responses.lookup('POST', '/things', 401, 'application/json')).toEqual({
      outcome: 'no-schema',
      where: 'tiny_openapi.json POST /things 401 application/json',
    });
    expect(responses.lookup('POST', '/things', 204, '')).toEqual({
      outcome: 'no-schema',
      where: 'tiny_openapi.json POST /things 204',
    });
    expect(responses.lookup('POST', '/things', 406, 'application/json; charset=utf-8')).toEqual({
      outcome: 'content-type-not-documented',
      where: 'tiny_openapi.json POST /things 406',
      documented: ['text/plain;charset=UTF-8'],
    });
  });
});

describe('mediaTypeFits', () => {
  it('compares essences without case and the parameters the file names', () => {
    expect(mediaTypeFits('application/json', 'Application/JSON; charset=utf-8')).toBe(true);
    expect(mediaTypeFits('text/plain;charset=UTF-8', 'text/plain; charset=utf-8')).toBe(true);
    expect(mediaTypeFits('text/plain;charset=UTF-8', 'text/plain; charset=iso-8859-1')).toBe(false);
    expect(mediaTypeFits('text/plain;charset=UTF-8', 'text/plain')).toBe(false);
    expect(mediaTypeFits('application/*', 'application/problem+json')).toBe(true);
    expect(mediaTypeFits('*/*', 'image/png')).toBe(true);
    expect(mediaTypeFits('application/json', '')).toBe(false);
  });
});
