/**
 * The CSID object inside a CSID answer's parsed body: the body itself, or what the
 * `{"value":{…}}` wrapper of ZATCA's OpenAPI examples holds when the body is only that wrapper
 * (fatoora-api.md §5 #4). Read on successes (`csid-result.ts`) and failures
 * (`error-from-response.ts`) alike, so it depends on neither.
 */
import { stringField } from './validation-results.ts';

/** The disposition of a CSID answer that issued nothing (or, on renewal, a compliance CSID). */
export const NOT_COMPLIANT = 'NOT_COMPLIANT';

/**
 * The `dispositionMessage` of a CSID answer's parsed body, whatever its status (a 400 CA refusal
 * says `NOT_COMPLIANT`), or `undefined` when the body is not a CSID object.
 *
 * @example
 * ```ts
 * dispositionOfBody({ requestID: -1, tokenType: null, dispositionMessage: 'NOT_COMPLIANT' }); // 'NOT_COMPLIANT'
 * dispositionOfBody('This Version is not supported'); // undefined
 * ```
 */
export function dispositionOfBody(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  return stringField(unwrapCsidBody(body as Readonly<Record<string, unknown>>), 'dispositionMessage');
}

/**
 * The CSID object of a parsed body, unwrapped from `{"value":{…}}` when that is all the body holds.
 *
 * @example
 * ```ts
 * unwrapCsidBody({ value: { dispositionMessage: 'ISSUED' } }); // { dispositionMessage: 'ISSUED' }
 * ```
 */
export function unwrapCsidBody(body: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const keys = Object.keys(body);
  const inner = body.value;
  return keys.length === 1 &&
    keys[0] === 'value' &&
    typeof inner === 'object' &&
    inner !== null &&
    !Array.isArray(inner)
    ? (inner as Record<string, unknown>)
    : body;
}
