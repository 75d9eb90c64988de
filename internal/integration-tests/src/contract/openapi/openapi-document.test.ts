/**
 * Reading OpenAPI files: the folder's `*_openapi.json` files only, OpenAPI 3.0 only, local
 * references followed and refused when they leave the file, loop or lead nowhere.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument, operationsOf, readOpenApiFolder, resolveReference } from './openapi-document.ts';
import { tinyOpenApi, tinyOpenApiFolder } from './tiny-openapi.ts';

describe('readOpenApiFolder', () => {
  it('reads the *_openapi.json files of a folder and passes over the rest', () => {
    expect(readOpenApiFolder(tinyOpenApiFolder()).map((document) => document.file)).toEqual([
      'tiny_openapi.json',
    ]);
  });

  it('refuses a folder without any OpenAPI file, naming it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'fatoora-openapi-empty-'));
    writeFileSync(join(empty, 'readme.md'), 'nothing here');
    expect(() => readOpenApiFolder(empty)).toThrow(`${empty} holds no *_openapi.json file`);
  });

  it('refuses documents that are not OpenAPI 3.0', () => {
    expect(() => openApiDocument('old_openapi.json', { swagger: '2.0', paths: {} })).toThrow(
      'old_openapi.json is not an OpenAPI 3.0 document',
    );
    expect(() => openApiDocument('new_openapi.json', { openapi: '3.1.0', paths: {} })).toThrow(
      'is not an OpenAPI 3.0 document',
    );
    expect(() => openApiDocument('bare_openapi.json', { openapi: '3.0.3' })).toThrow('has no paths');
  });
});

describe('resolveReference', () => {
  it('follows a local reference and leaves anything else as it is', () => {
    const document = tinyOpenApi();
    expect(resolveReference(document, { $ref: '#/components/examples/Ok' })).toEqual({
      value: { status: 'OK', entries: [{ code: 'A' }] },
    });
    expect(resolveReference(document, { plain: true })).toEqual({ plain: true });
  });

  it('refuses references that leave the file, loop, or lead nowhere', () => {
    const document = openApiDocument('loop_openapi.json', {
      openapi: '3.0.0',
      paths: {},
      components: {
        responses: { A: { $ref: '#/components/responses/B' }, B: { $ref: '#/components/responses/A' } },
      },
    });
    expect(() => resolveReference(document, { $ref: 'other.json#/x' })).toThrow(
      'only references inside the file',
    );
    expect(() => resolveReference(document, { $ref: '#/components/responses/A' })).toThrow('loops');
    expect(() => resolveReference(document, { $ref: '#/components/responses/C' })).toThrow(
      'points to nothing',
    );
  });
});

describe('operationsOf', () => {
  it('lists every operation with its method in upper case', () => {
    expect(operationsOf(tinyOpenApi()).map(({ method, path }) => `${method} ${path}`)).toEqual([
      'POST /things',
      'POST /things/special',
    ]);
  });
});
