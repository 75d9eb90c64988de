/**
 * Where the live platform is known to differ from ZATCA's OpenAPI files, as
 * `../shared/docs/fatoora-api.md` records it: every exception the OpenAPI checks make, in this one
 * table, each with the doc's section and source tag. The recorded-answer check accepts a body of
 * `acceptsInstead`'s shape where the file's schema refuses it; the example replay reads a file's
 * example through `readExample` before comparing, and lets an answer carry the
 * `fieldsBeyondExample` the example leaves out. Nothing else is excused: a body the files refuse
 * and this table does not name is a breach of the simulator's.
 */
import { NOT_COMPLIANT, type Schema } from '../answer-shapes.ts';
import { isJsonObject } from './openapi-document.ts';

/** One recorded difference between the live platform and the OpenAPI files. */
export interface LiveDifference {
  /** The answer it concerns, as the files name it: `METHOD /path status`. */
  readonly cell: string;
  /** What the live platform does unlike the file. */
  readonly difference: string;
  /** Where fatoora-api.md records it, with its source tag. */
  readonly reference: string;
  /** A body of this shape is accepted where the file's schema refuses it. */
  readonly acceptsInstead?: Schema;
  /** How the file's example for this answer reads as the live body. */
  readonly readExample?: (example: unknown) => unknown;
  /** Fields the live body carries that the file's example leaves out. */
  readonly fieldsBeyondExample?: readonly string[];
}

/**
 * The example objects' `{"value": …}` wrapper, put where a bare example belongs, taken off.
 *
 * @example
 * ```ts
 * withoutValueWrapper({ value: { requestID: 1 } }); // { requestID: 1 }
 * withoutValueWrapper({ requestID: 1 }); // { requestID: 1 }
 * ```
 */
export function withoutValueWrapper(example: unknown): unknown {
  return isJsonObject(example) && Object.keys(example).length === 1 && 'value' in example
    ? example.value
    : example;
}

/**
 * ERR-LIST's one entry as ERR-FLAT sends it.
 *
 * @example
 * ```ts
 * flattenedErrorList({ errors: [{ code: 'Missing-OTP', message: 'OTP is required field' }] });
 * // { code: 'Missing-OTP', message: 'OTP is required field' }
 * ```
 */
export function flattenedErrorList(example: unknown): unknown {
  return isJsonObject(example) && Array.isArray(example.errors) && example.errors.length === 1
    ? example.errors[0]
    : example;
}

/** The table: every exception, by a name the checks report when they apply one. */
export const LIVE_DIFFERENCES = {
  'renewal-428-example-wrapper': {
    cell: 'PATCH /production/csids 428',
    difference:
      'The file\'s 428 `example` is wrapped in `{"value": …}` (the wrapper of an examples entry); the platform sends the bare object.',
    reference: 'fatoora-api.md §5 "#4 renewal" [OAS]: "parse the bare object, tolerate the wrapper"',
    readExample: withoutValueWrapper,
  },
  'csid-errors-flat': {
    cell: 'PATCH /production/csids 400',
    difference:
      'The file lists CSID code errors as `{"errors":[{code, message}]}` (ERR-LIST); the live platform sends the entry flat, `{code, message}` (ERR-FLAT) — the simulator\'s default, `csid-error-shape: list` selects the file\'s.',
    reference: 'fatoora-api.md §5 ERR-FLAT [LIVE], §11 "Shape of CSID code errors"',
    readExample: flattenedErrorList,
  },
  'issued-errors-null': {
    cell: 'PATCH /production/csids 200',
    difference: 'The file\'s ISSUED example has no `errors`; the platform sends `"errors":null`.',
    reference: 'fatoora-api.md §5 ISSUED [OAS, CODE]',
    fieldsBeyondExample: ['errors'],
  },
  'renewal-ca-refusal': {
    cell: 'PATCH /production/csids 400',
    difference:
      "A CSR refused by ZATCA's CA (template name, `title`, an attribute over 64 bytes) is answered with a NOT_COMPLIANT body, whose `errors` are free-text strings, not the file's `{code, message}` entries.",
    reference:
      'fatoora-api.md §1 [LIVE ERPGulf/zatca_erpgulf#74], §5 NOT-COMPLIANT [LIVE], §11 "CSR attribute over 64 bytes"',
    acceptsInstead: NOT_COMPLIANT,
  },
} as const satisfies Readonly<Record<string, LiveDifference>>;

/** The name of one recorded difference. */
export type LiveDifferenceName = keyof typeof LIVE_DIFFERENCES;
