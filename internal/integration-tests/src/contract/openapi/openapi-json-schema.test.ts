/**
 * OpenAPI 3.0 schemas as JSON Schema: each dialect difference translated so that a strict ajv
 * compiles the result and judges bodies as OpenAPI means.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi-document.ts';
import { convertSchema, jsonSchemaOf } from './openapi-json-schema.ts';
import { tinyOpenApi } from './tiny-openapi.ts';

const strictAjv = () => new Ajv({ strict: true, strictTypes: false, allErrors: true });
const validatorFor = (schema: unknown) => strictAjv().compile(jsonSchemaOf(tinyOpenApi(), schema));

describe('convertSchema', () => {
  it('admits null where OpenAPI says nullable, and drops the annotations JSON Schema lacks', () => {
    expect(convertSchema(tinyOpenApi(), { type: 'string', nullable: true, example: 'x', xml: {} })).toEqual({
      anyOf: [{ type: 'null' }, { type: 'string' }],
    });
  });

  it("turns OpenAPI 3.0's boolean exclusive bounds into draft-07's numeric ones", () => {
    expect(convertSchema(tinyOpenApi(), { type: 'integer', minimum: 0, exclusiveMinimum: true })).toEqual({
      type: 'integer',
      exclusiveMinimum: 0,
    });
    expect(convertSchema(tinyOpenApi(), { type: 'integer', maximum: 9, exclusiveMaximum: false })).toEqual({
      type: 'integer',
      maximum: 9,
    });
  });

  it('points component references at definitions and ignores what stands beside a $ref', () => {
    expect(convertSchema(tinyOpenApi(), { $ref: '#/components/schemas/Node', description: 'x' })).toEqual({
      $ref: '#/definitions/Node',
    });
  });

  it('refuses a schema reference outside the components of the same file', () => {
    expect(() => convertSchema(tinyOpenApi(), { $ref: '#/components/responses/Unauthorized' })).toThrow(
      'a schema $ref must point into #/components/schemas/',
    );
  });
});

describe('jsonSchemaOf', () => {
  it('compiles under a strict ajv with the components beside it', () => {
    const validate = validatorFor({ $ref: '#/components/schemas/Result' });
    expect(validate({ status: 'OK', note: null, entries: [{ code: 'A' }] })).toBe(true);
    expect(validate({ status: 'MAYBE' })).toBe(false);
    expect(validate({ status: 'OK', entries: [{ code: 'A', extra: 1 }] })).toBe(false);
    expect(validate({ note: 'no status' })).toBe(false);
  });

  it('keeps a recursive schema recursive and a boolean exclusive bound exclusive', () => {
    const validate = validatorFor({ $ref: '#/components/schemas/Node' });
    expect(validate({ depth: 1, child: { depth: 2, child: { depth: 3 } } })).toBe(true);
    expect(validate({ depth: 1, child: { depth: 2, child: { depth: 0 } } })).toBe(false);
  });

  it('ignores an items keyword on an object, as JSON Schema does', () => {
    const validate = validatorFor({ $ref: '#/components/schemas/Result' });
    expect(validate({ status: 'NO', loose: { anything: ['goes'] } })).toBe(true);
    expect(validate({ status: 'NO', loose: [] })).toBe(false);
  });

  it('leaves a file without components without definitions', () => {
    const bare = openApiDocument('bare_openapi.json', { openapi: '3.0.0', paths: {} });
    expect(jsonSchemaOf(bare, { type: 'object' })).toEqual({ type: 'object' });
  });
});
