/** Where the OpenAPI files are looked for, and what says so. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presentOpenApiFolder, zatcaOpenApiFolder } from './openapi-folder.ts';
import { tinyOpenApiFolder } from './tiny-openapi.ts';

describe('zatcaOpenApiFolder', () => {
  it('takes FATOORA_ZATCA_OPENAPI first, then the shared folder beside the repository', () => {
    expect(zatcaOpenApiFolder({ FATOORA_ZATCA_OPENAPI: '/tmp/z', FATOORA_SHARED: '/s' })).toBe('/tmp/z');
    expect(zatcaOpenApiFolder({ FATOORA_SHARED: '/s' })).toBe('/s/zatca-openapi');
    const root = resolve(import.meta.dirname, '../../../../..');
    expect(zatcaOpenApiFolder({})).toBe(resolve(root, '../shared/zatca-openapi'));
  });
});

describe('presentOpenApiFolder', () => {
  it('gives the folder only when it is there', () => {
    const folder = tinyOpenApiFolder();
    expect(presentOpenApiFolder({ FATOORA_ZATCA_OPENAPI: folder })).toBe(folder);
    expect(presentOpenApiFolder({ FATOORA_ZATCA_OPENAPI: `${folder}/absent` })).toBe(undefined);
  });
});
