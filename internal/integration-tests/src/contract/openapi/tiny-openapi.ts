/**
 * A small OpenAPI 3.0 document for the OpenAPI modules' own tests, which run whether or not
 * ZATCA's files are beside the repository. It has each construct those modules handle: schema
 * references (one recursive), `nullable`, a boolean `exclusiveMinimum`, annotations JSON Schema
 * lacks, a response and an example given by reference, a status range, a plain-text response
 * documented by example only, header examples, and credentials spelled in a description as
 * ZATCA's renewal file spells them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OpenApiDocument, openApiDocument } from './openapi-document.ts';

const json = (schema: unknown, more: Record<string, unknown> = {}) => ({
  content: { 'application/json': { schema, ...more } },
});

/** The document as parsed JSON. */
export const TINY_OPENAPI_JSON = {
  openapi: '3.0.1',
  info: { title: 'tiny', version: '1.0.0' },
  paths: {
    '/things': {
      post: {
        parameters: [
          { $ref: '#/components/parameters/Otp' },
          { name: 'Accept-Version', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: json({ $ref: '#/components/schemas/Thing' }, { example: { name: 'first' } }),
        responses: {
          '200': json(
            { $ref: '#/components/schemas/Result' },
            { examples: { ok: { $ref: '#/components/examples/Ok' }, far: { externalValue: 'x.json' } } },
          ),
          '401': { $ref: '#/components/responses/Unauthorized' },
          '406': {
            description: 'not acceptable',
            content: { 'text/plain;charset=UTF-8': { examples: { 'Not Acceptable': { value: 'no' } } } },
          },
          '4XX': json({ type: 'object', required: ['code'], properties: { code: { type: 'string' } } }),
          '204': { description: 'no body' },
        },
      },
    },
    '/things/special': {
      post: { responses: { '200': json({ type: 'object', required: ['special'] }) } },
    },
  },
  components: {
    schemas: {
      Thing: { type: 'object', properties: { name: { type: 'string', xml: { name: 'n' } } } },
      Result: {
        type: 'object',
        required: ['status'],
        properties: {
          status: { type: 'string', enum: ['OK', 'NO'] },
          note: { type: 'string', nullable: true, example: 'a note' },
          entries: { type: 'array', items: { $ref: '#/components/schemas/Entry' } },
          tree: { $ref: '#/components/schemas/Node', description: 'ignored beside a $ref' },
          // ZATCA's slip: `items` on an object, which JSON Schema ignores.
          loose: { type: 'object', items: { $ref: '#/components/schemas/Entry' } },
        },
      },
      Entry: {
        type: 'object',
        required: ['code'],
        additionalProperties: false,
        properties: { code: { type: 'string' } },
      },
      Node: {
        type: 'object',
        properties: {
          depth: { type: 'integer', minimum: 0, exclusiveMinimum: true },
          child: { $ref: '#/components/schemas/Node' },
        },
      },
    },
    parameters: {
      Otp: {
        name: 'OTP',
        in: 'header',
        schema: { type: 'string' },
        examples: { valid: { value: '123345' }, invalid: { value: '111111' } },
      },
    },
    responses: {
      Unauthorized: {
        description: 'unauthorized',
        content: { 'application/json': { examples: { Unauthorized: { value: { status: 401 } } } } },
      },
    },
    examples: { Ok: { value: { status: 'OK', entries: [{ code: 'A' }] } } },
    securitySchemes: {
      BasicAuth: { type: 'http', scheme: 'basic', description: 'Usrename: dG9rZW4= \n\n Password: c2VjcmV0' },
    },
  },
} as const;

/**
 * The document, read as the loader reads a file.
 *
 * @example
 * ```ts
 * tinyOpenApi().file; // 'tiny_openapi.json'
 * ```
 */
export function tinyOpenApi(): OpenApiDocument {
  return openApiDocument('tiny_openapi.json', structuredClone(TINY_OPENAPI_JSON));
}

/**
 * A fresh temporary folder holding the document as `tiny_openapi.json`, plus a file the loader
 * must pass over.
 *
 * @example
 * ```ts
 * readOpenApiFolder(tinyOpenApiFolder()).length; // 1
 * ```
 */
export function tinyOpenApiFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'fatoora-openapi-'));
  writeFileSync(join(folder, 'tiny_openapi.json'), JSON.stringify(TINY_OPENAPI_JSON));
  writeFileSync(join(folder, 'notes.md'), '# not an OpenAPI file\n');
  return folder;
}
