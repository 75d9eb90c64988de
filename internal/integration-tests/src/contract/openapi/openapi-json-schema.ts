/**
 * An OpenAPI 3.0 schema object as a JSON Schema (draft-07) that ajv compiles in strict mode.
 * OpenAPI 3.0 is a dialect: `nullable: true` admits null, `exclusiveMinimum`/`exclusiveMaximum`
 * are booleans beside `minimum`/`maximum`, `example`, `xml`, `externalDocs` and `discriminator`
 * are annotations JSON Schema does not know, and the siblings of a `$ref` are ignored. References
 * to `#/components/schemas/…` become references to the same schemas placed under `definitions`,
 * so that recursive schemas stay recursive. Everything else is copied as written — including the
 * slips ZATCA's files make (an `items` on an object is ignored by JSON Schema, as by any OpenAPI
 * tool), because the check is against what the files say, not what they may have meant.
 */
import type { Schema } from '../answer-shapes.ts';
import { isJsonObject, type OpenApiDocument } from './openapi-document.ts';

/** OpenAPI's annotations that JSON Schema does not have: dropped. */
const ANNOTATIONS_ONLY = new Set(['example', 'xml', 'externalDocs', 'discriminator']);

/** Keywords whose value is one schema. */
const ONE_SCHEMA = new Set(['items', 'not', 'additionalProperties']);

/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

const SCHEMAS_POINTER = '#/components/schemas/';

/**
 * The JSON Schema of one schema object of a file, with the file's component schemas beside it.
 *
 * @throws Error for a `$ref` that does not point into `#/components/schemas/` of the same file.
 * @example
 * ```ts
 * jsonSchemaOf(document, { $ref: '#/components/schemas/ErrorModel' });
 * // { $ref: '#/definitions/ErrorModel', definitions: { ErrorModel: {…}, … } }
 * ```
 */
export function jsonSchemaOf(document: OpenApiDocument, schema: unknown): Schema {
  const definitions: Record<string, unknown> = {};
  for (const [name, component] of Object.entries(document.components?.schemas ?? {})) {
    definitions[name] = convertSchema(document, component);
  }
  const root = convertSchema(document, schema);
  return Object.keys(definitions).length === 0 ? root : { ...root, definitions };
}

/**
 * One schema object translated (see the module comment); exported for its tests.
 *
 * @throws Error for a `$ref` that does not point into `#/components/schemas/` of the same file.
 * @example
 * ```ts
 * convertSchema(document, { type: 'string', nullable: true, example: 'x' });
 * // { anyOf: [{ type: 'null' }, { type: 'string' }] }
 * ```
 */
export function convertSchema(document: OpenApiDocument, schema: unknown): Schema {
  if (typeof schema === 'boolean') return schema ? {} : { not: {} };
  if (!isJsonObject(schema))
    throw new Error(`${document.file}: a schema is not an object: ${String(schema)}`);
  // OpenAPI 3.0: "sibling properties of a $ref are ignored".
  if (typeof schema.$ref === 'string') return { $ref: definitionReference(document, schema.$ref) };
  const converted: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS_ONLY.has(keyword) || keyword === 'nullable') continue;
    if (keyword === 'properties' && isJsonObject(value)) {
      converted.properties = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [name, convertSchema(document, property)]),
      );
    } else if (ONE_SCHEMA.has(keyword) && (isJsonObject(value) || typeof value === 'boolean')) {
      converted[keyword] = convertSchema(document, value);
    } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
      converted[keyword] = value.map((entry) => convertSchema(document, entry));
    } else if (keyword === 'exclusiveMinimum' || keyword === 'exclusiveMaximum') {
      exclusiveBound(converted, schema, keyword, value);
    } else if (
      (keyword === 'minimum' && schema.exclusiveMinimum === true) ||
      (keyword === 'maximum' && schema.exclusiveMaximum === true)
    ) {
      // Carried by the exclusive keyword instead (draft-07 takes the bound there).
    } else {
      converted[keyword] = value;
    }
  }
  return schema.nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

/** OpenAPI 3.0's boolean exclusive bound, as draft-07's numeric one. */
function exclusiveBound(
  converted: Record<string, unknown>,
  schema: Record<string, unknown>,
  keyword: 'exclusiveMinimum' | 'exclusiveMaximum',
  value: unknown,
): void {
  const bound = value === true ? schema[keyword === 'exclusiveMinimum' ? 'minimum' : 'maximum'] : value;
  if (typeof bound === 'number') converted[keyword] = bound;
}

/** `#/components/schemas/X…` → `#/definitions/X…`. */
function definitionReference(document: OpenApiDocument, reference: string): string {
  if (!reference.startsWith(SCHEMAS_POINTER)) {
    throw new Error(`${document.file}: a schema $ref must point into ${SCHEMAS_POINTER}, not ${reference}`);
  }
  return `#/definitions/${reference.slice(SCHEMAS_POINTER.length)}`;
}
