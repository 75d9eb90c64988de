/**
 * What ZATCA's OpenAPI files document for one answer: given the method, the path (under any base
 * path, as the simulator serves each environment under its gateway path and at the root), the
 * status and the `Content-Type` sent, the JSON Schema of that response — or why there is none:
 * the files do not have the endpoint, do not list the status for it, list it with other media
 * types only, or list it without a schema (ZATCA's 401 and 406 come with examples alone).
 */
import type { Schema } from '../answer-shapes.ts';
import { contentOf, type OpenApiDocument, type Operation, operationsOf } from './openapi-document.ts';
import { jsonSchemaOf } from './openapi-json-schema.ts';

/** What the files document for one answer. */
export type ResponseLookup =
  | { readonly outcome: 'schema'; readonly where: string; readonly schema: Schema }
  | { readonly outcome: 'no-schema'; readonly where: string }
  | {
      readonly outcome: 'content-type-not-documented';
      readonly where: string;
      readonly documented: readonly string[];
    }
  | { readonly outcome: 'status-not-documented'; readonly where: string }
  | { readonly outcome: 'endpoint-not-documented' };

/** A media type split into its essence (`type/subtype`, lower case) and parameters. */
interface MediaType {
  readonly essence: string;
  readonly parameters: ReadonlyMap<string, string>;
}

function parseMediaType(text: string): MediaType {
  const [essence = '', ...parameters] = text.split(';').map((part) => part.trim());
  return {
    essence: essence.toLowerCase(),
    parameters: new Map(
      parameters
        .map((parameter) => parameter.split('=').map((part) => part.trim().toLowerCase()))
        .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== ''),
    ),
  };
}

/**
 * Whether a `Content-Type` sent fits a media type key of the files: same essence (or the key's
 * `*` wildcards), and every parameter the key names (`charset=UTF-8`) with the same value.
 *
 * @example
 * ```ts
 * mediaTypeFits('text/plain;charset=UTF-8', 'text/plain; charset=utf-8'); // true
 * mediaTypeFits('text/plain;charset=UTF-8', 'application/json'); // false
 * ```
 */
export function mediaTypeFits(documented: string, sent: string): boolean {
  const key = parseMediaType(documented);
  const actual = parseMediaType(sent);
  if (actual.essence === '') return false;
  const [keyType, keySubtype] = key.essence.split('/');
  const [type, subtype] = actual.essence.split('/');
  const essenceFits =
    key.essence === '*/*' || (keyType === type && (keySubtype === '*' || keySubtype === subtype));
  if (!essenceFits) return false;
  return [...key.parameters].every(([name, value]) => actual.parameters.get(name) === value);
}

/** The response key for a status: the status itself, its range (`4XX`), or `default`. */
function responseKey(responses: Readonly<Record<string, unknown>>, status: number): string | undefined {
  const range = `${Math.floor(status / 100)}XX`;
  return (
    Object.keys(responses).find((key) => key === String(status)) ??
    Object.keys(responses).find((key) => key.toUpperCase() === range) ??
    ('default' in responses ? 'default' : undefined)
  );
}

/**
 * The answers ZATCA's OpenAPI files document, looked up by call.
 *
 * @example
 * ```ts
 * const responses = new OpenApiResponses(readOpenApiFolder(folder));
 * responses.lookup('POST', '/e-invoicing/core/invoices/reporting/single', 400, 'application/json');
 * // { outcome: 'schema', where: 'reporting-api_openapi.json POST /invoices/reporting/single 400 application/json', schema: {…} }
 * ```
 */
export class OpenApiResponses {
  readonly #operations: readonly Operation[];

  constructor(documents: readonly OpenApiDocument[]) {
    this.#operations = documents.flatMap(operationsOf);
  }

  /** The documented endpoints, as `METHOD /path` with the file that documents each. */
  endpoints(): string[] {
    return this.#operations.map(({ document, method, path }) => `${method} ${path} (${document.file})`);
  }

  /** The operation a call names: same method, and the longest documented path its path ends with. */
  operationFor(method: string, path: string): Operation | undefined {
    const bare = path.split('?')[0]!.replace(/\/+$/, '');
    return this.#operations
      .filter(
        (operation) =>
          operation.method === method.toUpperCase() &&
          (bare === operation.path || bare.endsWith(operation.path)),
      )
      .sort((a, b) => b.path.length - a.path.length)[0];
  }

  /** What the files document for an answer (see {@link ResponseLookup}). */
  lookup(method: string, path: string, status: number, contentType: string): ResponseLookup {
    const operation = this.operationFor(method, path);
    if (!operation) return { outcome: 'endpoint-not-documented' };
    const { document } = operation;
    const at = `${document.file} ${operation.method} ${operation.path}`;
    const responses = operation.operation.responses ?? {};
    const key = responseKey(responses, status);
    if (key === undefined) return { outcome: 'status-not-documented', where: `${at} ${status}` };
    const content = contentOf(document, responses[key]).content ?? {};
    const mediaTypes = Object.keys(content);
    const mediaType = mediaTypes.find((documented) => mediaTypeFits(documented, contentType));
    if (mediaType === undefined) {
      // A response documented with no content at all is an answer without a body.
      if (mediaTypes.length === 0 && contentType === '')
        return { outcome: 'no-schema', where: `${at} ${key}` };
      return { outcome: 'content-type-not-documented', where: `${at} ${key}`, documented: mediaTypes };
    }
    const where = `${at} ${key} ${mediaType}`;
    const schema = content[mediaType]?.schema;
    if (schema === undefined) return { outcome: 'no-schema', where };
    return { outcome: 'schema', where, schema: jsonSchemaOf(document, schema) };
  }
}
