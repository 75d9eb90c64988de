/** The examples a file gives: bodies, responses, headers and the credentials in its description. */
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi-document.ts';
import { basicCredentialsOf, documentedExamples, headerExamples } from './openapi-examples.ts';
import { tinyOpenApi } from './tiny-openapi.ts';

describe('documentedExamples', () => {
  it('lists request and response examples, references followed, external ones left out', () => {
    expect(documentedExamples(tinyOpenApi())).toEqual([
      {
        file: 'tiny_openapi.json',
        method: 'POST',
        path: '/things',
        status: 'request',
        contentType: 'application/json',
        name: 'example',
        value: { name: 'first' },
      },
      expect.objectContaining({
        status: '200',
        name: 'ok',
        value: { status: 'OK', entries: [{ code: 'A' }] },
      }),
      expect.objectContaining({ status: '401', name: 'Unauthorized', value: { status: 401 } }),
      expect.objectContaining({ status: '406', contentType: 'text/plain;charset=UTF-8', value: 'no' }),
    ]);
  });
});

describe('headerExamples', () => {
  it("gives a header's examples by name, through a parameter reference and in any case", () => {
    expect(headerExamples(tinyOpenApi(), 'POST', '/things', 'otp')).toEqual({
      valid: '123345',
      invalid: '111111',
    });
    expect(headerExamples(tinyOpenApi(), 'POST', '/things', 'Accept-Version')).toEqual({});
    expect(headerExamples(tinyOpenApi(), 'PATCH', '/things', 'OTP')).toEqual({});
  });
});

describe('basicCredentialsOf', () => {
  it("reads the credentials a Basic scheme's description spells, misspelt as ZATCA's", () => {
    expect(basicCredentialsOf(tinyOpenApi())).toEqual({
      binarySecurityToken: 'dG9rZW4=',
      secret: 'c2VjcmV0',
    });
    expect(basicCredentialsOf(openApiDocument('none_openapi.json', { openapi: '3.0.0', paths: {} }))).toBe(
      undefined,
    );
  });
});
