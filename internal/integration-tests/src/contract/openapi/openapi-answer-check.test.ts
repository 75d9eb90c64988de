/**
 * The OpenAPI check of one answer: bodies and media types the file documents pass, others are
 * breaches that name the file, operation, status and media type, grouped across array entries;
 * a recorded live difference accepts what it names and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { ERR_FLAT } from '../answer-shapes.ts';
import { LIVE_DIFFERENCES } from './live-differences.ts';
import { type AnswerOnTheWire, OpenApiAnswerCheck } from './openapi-answer-check.ts';
import { OpenApiResponses } from './openapi-responses.ts';
import { tinyOpenApi } from './tiny-openapi.ts';

const responses = new OpenApiResponses([tinyOpenApi()]);
const check = new OpenApiAnswerCheck(responses, {});
const answer = (
  status: number,
  body: unknown,
  contentType = 'application/json; charset=utf-8',
): AnswerOnTheWire => ({
  method: 'POST',
  path: '/e-invoicing/simulation/things',
  status,
  contentType,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('OpenApiAnswerCheck.verdict', () => {
  it('passes a body that keeps the schema', () => {
    expect(check.verdict(answer(200, { status: 'OK', entries: [{ code: 'A' }] }))).toEqual({
      checked: true,
      where: 'tiny_openapi.json POST /things 200 application/json',
      problems: [],
    });
  });

  it('names every breach once, whatever the array entry it is in', () => {
    const verdict = check.verdict(answer(200, { status: 'MAYBE', entries: [{ code: 1 }, { code: 2 }] }));
    expect(verdict.checked && verdict.problems).toEqual([
      'tiny_openapi.json POST /things 200 application/json: /status must be equal to one of the allowed values ["OK","NO"]; /entries/*/code must be string',
    ]);
  });

  it('refuses a body that is not JSON, and a media type the file does not list for the status', () => {
    expect(check.verdict(answer(200, '<html/>'))).toMatchObject({
      problems: ['tiny_openapi.json POST /things 200 application/json: the body is not JSON'],
    });
    expect(check.verdict(answer(406, { message: 'no' }))).toMatchObject({
      checked: true,
      problems: [
        'tiny_openapi.json POST /things 406: sent as "application/json; charset=utf-8", the file documents text/plain;charset=UTF-8',
      ],
    });
    expect(check.verdict(answer(406, 'no', 'text/plain;charset=UTF-8'))).toEqual({
      checked: false,
      reason: 'no-schema',
      where: 'tiny_openapi.json POST /things 406 text/plain;charset=UTF-8',
    });
  });

  it('does not judge what the file does not document', () => {
    expect(check.verdict(answer(503, ''))).toEqual({
      checked: false,
      reason: 'status-not-documented',
      where: 'tiny_openapi.json POST /things 503',
    });
    expect(check.verdict({ ...answer(200, {}), path: '/compliance' })).toEqual({
      checked: false,
      reason: 'endpoint-not-documented',
    });
  });

  it('accepts what a live difference of the same answer records, and names it', () => {
    const excusing = new OpenApiAnswerCheck(responses, {
      'flat-instead': { cell: 'POST /things 400', difference: 'd', reference: 'r', acceptsInstead: ERR_FLAT },
    });
    const flat = { code: 'Invalid-OTP', message: 'The provided OTP is invalid' };
    // The file's 4XX schema wants `code` a string: a number breaks both it and ERR-FLAT.
    expect(excusing.verdict(answer(400, flat))).toMatchObject({ problems: [] });
    expect(excusing.verdict(answer(400, { code: 7 }))).toMatchObject({
      problems: ['tiny_openapi.json POST /things 4XX application/json: /code must be string'],
    });
    expect(excusing.verdict(answer(401, { code: 7 }))).toMatchObject({ checked: false });
    expect(excusing.verdict(answer(200, { code: 'x' }))).toMatchObject({
      problems: [expect.stringContaining("must have required property 'status'")],
    });
  });

  it('records, for each live difference it may apply, the cell it concerns and the doc reference', () => {
    for (const difference of Object.values(LIVE_DIFFERENCES)) {
      expect(difference.cell).toMatch(/^(POST|PATCH) \/[a-z/]+ \d{3}$/);
      expect(difference.reference).toMatch(/^fatoora-api\.md §\d+/);
      expect(difference.reference).toMatch(/\[(OAS|LIVE|CODE|RPT|OBS)[\]\s,]/);
    }
  });
});
