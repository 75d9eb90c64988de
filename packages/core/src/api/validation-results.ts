/**
 * Reads ZATCA's `validationResults` from an invoice answer (compliance check, reporting,
 * clearance) into plain typed data: the info, warning and error lists, each entry with type, code,
 * category, message and status, and the overall verdict. The platform sends `null` for empty lists
 * at times; those become empty arrays, so callers never test for `null`. The error list is read
 * under each of its spellings (`errorMessages`, and the OpenAPI schema's `erroMessages` and
 * `erros`) and always given back as `errorMessages`.
 */
import type { ZatcaValidationMessage, ZatcaValidationResults } from '../errors/api-error.ts';

/**
 * Reads `body.validationResults`, or `undefined` when the answer has none.
 *
 * @example
 * ```ts
 * readValidationResults({ validationResults: { errorMessages: [{ code: 'BR-KSA-98' }] } })?.status; // 'ERROR'
 * ```
 */
export function readValidationResults(body: unknown): ZatcaValidationResults | undefined {
  const results = field(body, 'validationResults');
  if (typeof results !== 'object' || results === null) return undefined;
  const infoMessages = readMessages(field(results, 'infoMessages'));
  const warningMessages = readMessages(field(results, 'warningMessages'));
  const errorMessages = readMessages(errorList(results));
  const status = field(results, 'status');
  return {
    infoMessages,
    warningMessages,
    errorMessages,
    status:
      status === 'PASS' || status === 'WARNING' || status === 'ERROR'
        ? status
        : errorMessages.length > 0
          ? 'ERROR'
          : warningMessages.length > 0
            ? 'WARNING'
            : 'PASS',
  };
}

/**
 * The value of `key` in `value` when it is an object, else `undefined`.
 *
 * @example
 * ```ts
 * field({ secret: 's' }, 'secret'); // 's'
 * ```
 */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The string value of `key`, or `undefined` when absent, `null` or not a string.
 *
 * @example
 * ```ts
 * stringField({ reportingStatus: null }, 'reportingStatus'); // undefined
 * ```
 */
export function stringField(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' ? found : undefined;
}

/**
 * The error list under whichever name it came: live answers say `errorMessages`, ZATCA's OpenAPI
 * schema `erroMessages`, a legacy model of it `erros` (fatoora-api.md §5, validationResults).
 */
function errorList(results: object): unknown {
  for (const name of ['errorMessages', 'erroMessages', 'erros']) {
    const list = field(results, name);
    if (list !== undefined && list !== null) return list;
  }
  return undefined;
}

function readMessages(list: unknown): ZatcaValidationMessage[] {
  // ZATCA sends a single object instead of a one-entry list at times (reported); accept both.
  const entries = Array.isArray(list) ? list : typeof list === 'object' && list !== null ? [list] : [];
  return entries
    .filter((entry): entry is object => typeof entry === 'object' && entry !== null)
    .map((entry) => ({
      type: stringField(entry, 'type') ?? '',
      code: stringField(entry, 'code') ?? '',
      category: stringField(entry, 'category') ?? '',
      message: stringField(entry, 'message') ?? '',
      status: stringField(entry, 'status') ?? '',
    }));
}
