/**
 * ZATCA's OpenAPI files as plain data: reading every `*_openapi.json` of a folder, following a
 * `$ref` to another part of the same file, and walking a file's operations. Only what the
 * contract checks need of OpenAPI 3.0 is typed; the schemas themselves are turned into JSON
 * Schema in `openapi-json-schema.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A JSON value as parsed, not yet looked into. */
type Json = unknown;

/** An OpenAPI media type: a schema, and examples in either of the two places OpenAPI allows. */
export interface MediaTypeObject {
  readonly schema?: Json;
  readonly example?: Json;
  readonly examples?: Readonly<Record<string, Json>>;
}

/** An OpenAPI response or request body: its content by media type. */
export interface ContentHolder {
  readonly description?: string;
  readonly content?: Readonly<Record<string, MediaTypeObject>>;
}

/** An OpenAPI parameter (only headers matter here). */
export interface ParameterObject {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly example?: Json;
  readonly examples?: Readonly<Record<string, Json>>;
}

/** An OpenAPI operation, with what may still be `$ref`s left as they are in the file. */
export interface OperationObject {
  readonly parameters?: readonly Json[];
  readonly requestBody?: Json;
  readonly responses?: Readonly<Record<string, Json>>;
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
}

/** One OpenAPI file. */
export interface OpenApiDocument {
  /** The file's name in its folder, to say where a schema or an example came from. */
  readonly file: string;
  readonly openapi: string;
  readonly paths: Readonly<Record<string, Readonly<Record<string, Json>>>>;
  readonly components?: Readonly<Record<string, Readonly<Record<string, Json>>>>;
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
}

/** One operation of a file: its method (upper case), path and body. */
export interface Operation {
  readonly document: OpenApiDocument;
  readonly method: string;
  readonly path: string;
  readonly operation: OperationObject;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Whether a parsed JSON value is an object (not null, not an array).
 *
 * @example
 * ```ts
 * isJsonObject({ a: 1 }); // true
 * isJsonObject([1]); // false
 * ```
 */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads every `*_openapi.json` of a folder, in name order.
 *
 * @throws Error when the folder holds no such file, or a file is not OpenAPI 3.0 (the only version
 * whose keywords `openapi-json-schema.ts` translates).
 * @example
 * ```ts
 * readOpenApiFolder('/tmp/zatca-openapi').map((document) => document.file);
 * // ['clearance-api_openapi.json', 'renewal-api_openapi.json', 'reporting-api_openapi.json']
 * ```
 */
export function readOpenApiFolder(folder: string): OpenApiDocument[] {
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('_openapi.json'))
    .sort();
  if (files.length === 0) throw new Error(`${folder} holds no *_openapi.json file`);
  return files.map((file) => openApiDocument(file, JSON.parse(readFileSync(join(folder, file), 'utf8'))));
}

/**
 * Checks that parsed JSON is an OpenAPI 3.0 document and names it.
 *
 * @throws Error when it is not OpenAPI 3.0 or has no `paths`.
 * @example
 * ```ts
 * openApiDocument('tiny_openapi.json', { openapi: '3.0.1', paths: {} }).file; // 'tiny_openapi.json'
 * ```
 */
export function openApiDocument(file: string, parsed: unknown): OpenApiDocument {
  if (!isJsonObject(parsed) || typeof parsed.openapi !== 'string' || !/^3\.0\./.test(parsed.openapi)) {
    throw new Error(`${file} is not an OpenAPI 3.0 document`);
  }
  if (!isJsonObject(parsed.paths)) throw new Error(`${file} has no paths`);
  return { ...(parsed as Omit<OpenApiDocument, 'file'>), file };
}

/**
 * The part of the file a local `$ref` (`#/components/…`) points to, followed until it is no
 * reference; anything else is returned as it is.
 *
 * @throws Error for a reference outside the file, to nowhere, or in a loop.
 * @example
 * ```ts
 * resolveReference(document, { $ref: '#/components/responses/Unauthorized' }); // that response
 * ```
 */
export function resolveReference(document: OpenApiDocument, node: unknown): unknown {
  const seen = new Set<string>();
  let current = node;
  while (isJsonObject(current) && typeof current.$ref === 'string') {
    const reference = current.$ref;
    if (seen.has(reference)) throw new Error(`${document.file}: $ref ${reference} loops`);
    seen.add(reference);
    current = pointerTarget(document, reference);
  }
  return current;
}

/** The value a local JSON pointer (`#/a/b~1c`) names in the document. */
export function pointerTarget(document: OpenApiDocument, reference: string): unknown {
  if (!reference.startsWith('#/')) {
    throw new Error(`${document.file}: only references inside the file are read, not ${reference}`);
  }
  let target: unknown = document;
  for (const token of reference.slice(2).split('/')) {
    const key = decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isJsonObject(target) || !(key in target)) {
      throw new Error(`${document.file}: $ref ${reference} points to nothing`);
    }
    target = target[key];
  }
  return target;
}

/**
 * Every operation of the file.
 *
 * @example
 * ```ts
 * operationsOf(document).map(({ method, path }) => `${method} ${path}`); // ['PATCH /production/csids']
 * ```
 */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (isJsonObject(operation)) {
        operations.push({ document, method: method.toUpperCase(), path, operation });
      }
    }
  }
  return operations;
}

/**
 * A request body or response with its references followed, as a content holder.
 *
 * @example
 * ```ts
 * contentOf(document, operation.responses?.['200']).content?.['application/json']?.schema;
 * ```
 */
export function contentOf(document: OpenApiDocument, node: unknown): ContentHolder {
  const resolved = resolveReference(document, node);
  return isJsonObject(resolved) ? (resolved as ContentHolder) : {};
}
