/**
 * Checks one answer against ZATCA's OpenAPI files: its `Content-Type` must be one the files list
 * for its endpoint and status, and its body must validate (ajv, every error) against the schema
 * given there — or against what `live-differences.ts` records the live platform sends instead,
 * with the doc's reference. Answers the files say nothing about (another endpoint, another status,
 * a response documented by examples only) are not judged here; `check-answer.ts` judges every
 * answer against fatoora-api.md's status matrix.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Schema } from '../answer-shapes.ts';
import { LIVE_DIFFERENCES, type LiveDifference } from './live-differences.ts';
import type { OpenApiResponses } from './openapi-responses.ts';

/** One answer as the wire carried it. */
export interface AnswerOnTheWire {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** The `Content-Type` sent; empty when the answer had no body. */
  readonly contentType: string;
  readonly body: string;
}

/** What the check made of one answer. */
export type OpenApiVerdict =
  | {
      readonly checked: true;
      /** The file, operation, status and media type checked against. */
      readonly where: string;
      readonly problems: readonly string[];
      /** The live difference that accepted the body where the file's schema did not. */
      readonly acceptedBy?: string;
    }
  | {
      readonly checked: false;
      /** Why not: the endpoint or the status is not in the files, or has no schema there. */
      readonly reason: 'endpoint-not-documented' | 'status-not-documented' | 'no-schema';
      readonly where?: string;
    };

/**
 * OpenAPI 3.0's own formats (the files use none today): whole numbers in range, base64, and two
 * that constrain nothing a JSON body can carry.
 */
const OPENAPI_FORMATS = {
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
  byte: /^[A-Za-z0-9+/]*={0,2}$/,
  binary: true,
  password: true,
} as const;

/**
 * An ajv for OpenAPI-derived schemas: strict about keywords (one the translation missed fails at
 * compile time instead of being ignored), not about the types a keyword applies to, since ZATCA's
 * files put `items` on objects.
 */
function openApiAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
  });
  for (const [name, format] of Object.entries(OPENAPI_FORMATS)) ajv.addFormat(name, format);
  return ajv;
}

/**
 * ajv's errors as one line: each at its place in the body, array indexes written `*` and repeats
 * dropped, so that one fault in many entries (or many answers) reads, and groups, as one breach.
 */
function describeErrors(errors: readonly ErrorObject[]): string {
  const lines = errors.map((error) => {
    const place = error.instancePath.replace(/\/\d+(?=\/|$)/g, '/*') || '/';
    const allowed = error.keyword === 'enum' ? ` ${JSON.stringify(error.params.allowedValues)}` : '';
    return `${place} ${error.message}${allowed}`;
  });
  return [...new Set(lines)].join('; ');
}

/**
 * Checks answers against the files' response schemas.
 *
 * @example
 * ```ts
 * const check = new OpenApiAnswerCheck(new OpenApiResponses(readOpenApiFolder(folder)));
 * check.verdict({ method: 'POST', path: '/invoices/reporting/single', status: 500, contentType: 'application/json', body: '{}' });
 * // { checked: true, where: 'reporting-api_openapi.json POST /invoices/reporting/single 500 application/json', problems: [] }
 * ```
 */
export class OpenApiAnswerCheck {
  readonly #responses: OpenApiResponses;
  readonly #differences: Readonly<Record<string, LiveDifference>>;
  readonly #ajv = openApiAjv();
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(
    responses: OpenApiResponses,
    differences: Readonly<Record<string, LiveDifference>> = LIVE_DIFFERENCES,
  ) {
    this.#responses = responses;
    this.#differences = differences;
  }

  /** What the files make of one answer. */
  verdict(answer: AnswerOnTheWire): OpenApiVerdict {
    const found = this.#responses.lookup(answer.method, answer.path, answer.status, answer.contentType);
    switch (found.outcome) {
      case 'endpoint-not-documented':
        return { checked: false, reason: found.outcome };
      case 'status-not-documented':
      case 'no-schema':
        return { checked: false, reason: found.outcome, where: found.where };
      case 'content-type-not-documented':
        return {
          checked: true,
          where: found.where,
          problems: [
            `${found.where}: sent as "${answer.contentType || '(no body)'}", the file documents ${found.documented.join(', ')}`,
          ],
        };
    }
    const { where, schema } = found;
    let body: unknown;
    try {
      body = JSON.parse(answer.body);
    } catch {
      return { checked: true, where, problems: [`${where}: the body is not JSON`] };
    }
    const validate = this.#validatorFor(where, schema);
    if (validate(body)) return { checked: true, where, problems: [] };
    const breach = `${where}: ${describeErrors(validate.errors ?? [])}`;
    const operation = this.#responses.operationFor(answer.method, answer.path)!;
    const cell = `${operation.method} ${operation.path} ${answer.status}`;
    for (const [name, difference] of Object.entries(this.#differences)) {
      if (difference.cell !== cell || !difference.acceptsInstead) continue;
      if (this.#validatorFor(`live difference ${name}`, difference.acceptsInstead)(body)) {
        return { checked: true, where, problems: [], acceptedBy: name };
      }
    }
    return { checked: true, where, problems: [breach] };
  }

  #validatorFor(key: string, schema: Schema): ValidateFunction {
    let validate = this.#compiled.get(key);
    if (!validate) {
      validate = this.#ajv.compile(schema);
      this.#compiled.set(key, validate);
    }
    return validate;
  }
}
