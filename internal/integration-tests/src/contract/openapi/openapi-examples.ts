/**
 * The examples ZATCA's OpenAPI files give: of request bodies and of responses (from a media
 * type's `example` or its named `examples`, references followed), of header parameters, and the
 * credentials the security scheme's description spells out. The example replay sends the request
 * examples to the simulator and holds its answers to the response examples.
 */
import {
  contentOf,
  isJsonObject,
  type OpenApiDocument,
  operationsOf,
  type ParameterObject,
  resolveReference,
} from './openapi-document.ts';

/** One example of a request body or a response. */
export interface DocumentedExample {
  readonly file: string;
  readonly method: string;
  readonly path: string;
  /** The response status key (`'200'`, `'4XX'`), or `'request'` for a request body's example. */
  readonly status: string;
  readonly contentType: string;
  /** The name under `examples`, or `'example'` for the single `example`. */
  readonly name: string;
  readonly value: unknown;
}

/** The examples of one content holder, each named. */
function examplesOfContent(
  document: OpenApiDocument,
  holder: unknown,
): { contentType: string; name: string; value: unknown }[] {
  const found: { contentType: string; name: string; value: unknown }[] = [];
  for (const [contentType, media] of Object.entries(contentOf(document, holder).content ?? {})) {
    if (media.example !== undefined) found.push({ contentType, name: 'example', value: media.example });
    for (const [name, entry] of Object.entries(media.examples ?? {})) {
      const example = resolveReference(document, entry);
      // An example given only as an `externalValue` address has no value here to compare with.
      if (isJsonObject(example) && 'value' in example)
        found.push({ contentType, name, value: example.value });
    }
  }
  return found;
}

/**
 * Every request-body and response example of a file.
 *
 * @example
 * ```ts
 * documentedExamples(document).filter((example) => example.status === 'request');
 * // [{ file: 'reporting-api_openapi.json', method: 'POST', path: '/invoices/reporting/single', status: 'request', name: 'reported', … }]
 * ```
 */
export function documentedExamples(document: OpenApiDocument): DocumentedExample[] {
  const examples: DocumentedExample[] = [];
  for (const { method, path, operation } of operationsOf(document)) {
    const at = { file: document.file, method, path };
    if (operation.requestBody !== undefined) {
      for (const example of examplesOfContent(document, operation.requestBody)) {
        examples.push({ ...at, status: 'request', ...example });
      }
    }
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      for (const example of examplesOfContent(document, response))
        examples.push({ ...at, status, ...example });
    }
  }
  return examples;
}

/**
 * The example values of one header parameter of an operation, by example name.
 *
 * @example
 * ```ts
 * headerExamples(document, 'PATCH', '/production/csids', 'OTP');
 * // { invalidOTP: '111111', expiredOTP: '222222', validOTP: '123456' }
 * ```
 */
export function headerExamples(
  document: OpenApiDocument,
  method: string,
  path: string,
  header: string,
): Record<string, unknown> {
  const operation = operationsOf(document).find((entry) => entry.method === method && entry.path === path);
  const parameter = (operation?.operation.parameters ?? [])
    .map((entry) => resolveReference(document, entry) as ParameterObject)
    .find((entry) => entry.in === 'header' && entry.name.toLowerCase() === header.toLowerCase());
  if (!parameter) return {};
  const values: Record<string, unknown> = {};
  if (parameter.example !== undefined) values.example = parameter.example;
  for (const [name, entry] of Object.entries(parameter.examples ?? {})) {
    const example = resolveReference(document, entry);
    if (isJsonObject(example) && 'value' in example) values[name] = example.value;
  }
  return values;
}

/**
 * The Basic credentials a file's security scheme spells out in its description
 * ("Username: … Password: …"; ZATCA also writes "Usrename"), if it does.
 *
 * @example
 * ```ts
 * basicCredentialsOf(document); // { binarySecurityToken: 'TUlJRDNqQ0ND…', secret: 'CkYsEXfV8c1g…' }
 * ```
 */
export function basicCredentialsOf(
  document: OpenApiDocument,
): { binarySecurityToken: string; secret: string } | undefined {
  for (const scheme of Object.values(document.components?.securitySchemes ?? {})) {
    if (!isJsonObject(scheme) || scheme.scheme !== 'basic' || typeof scheme.description !== 'string')
      continue;
    const spelled = /Us(?:er|re)name:\s*(\S+)\s+Password:\s*(\S+)/i.exec(scheme.description);
    if (spelled) return { binarySecurityToken: spelled[1]!, secret: spelled[2]! };
  }
  return undefined;
}
