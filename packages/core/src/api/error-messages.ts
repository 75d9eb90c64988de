/**
 * Reads the errors out of a failed answer, whatever shape ZATCA gave them: a single
 * `{"code", "message"}` object (CSID calls), an `{"errors": [...]}` list of such objects or of
 * plain strings (both reported), or an invoice answer's `validationResults.errorMessages`; a
 * gateway's `{"error", "message"}` or plain-text body is kept as a message too.
 */
import type { ZatcaErrorMessage, ZatcaValidationResults } from '../errors/api-error.ts';
import { field, stringField } from './validation-results.ts';

/**
 * The errors of an answer body (parsed JSON, or the raw text when it was not JSON).
 *
 * @example
 * ```ts
 * readErrorMessages({ code: 'Invalid-OTP', message: 'OTP is not valid' }, undefined);
 * // [{ code: 'Invalid-OTP', message: 'OTP is not valid' }]
 * ```
 */
export function readErrorMessages(
  body: unknown,
  validationResults: ZatcaValidationResults | undefined,
): ZatcaErrorMessage[] {
  const found: ZatcaErrorMessage[] = [];
  if (validationResults) {
    for (const entry of validationResults.errorMessages) {
      found.push({ code: entry.code, message: entry.message, category: entry.category });
    }
  }
  const errors = field(body, 'errors');
  const list = Array.isArray(errors) ? errors : errors != null ? [errors] : [];
  for (const entry of list) {
    const message = toMessage(entry);
    if (message) found.push(message);
  }
  const own = toMessage(body);
  if (own && !validationResults && !found.some((entry) => same(entry, own))) found.push(own);
  return found;
}

function toMessage(entry: unknown): ZatcaErrorMessage | undefined {
  if (typeof entry === 'string') return entry.trim() === '' ? undefined : { message: entry.trim() };
  if (typeof entry !== 'object' || entry === null) return undefined;
  const code = stringField(entry, 'code') ?? stringField(entry, 'errorCode') ?? stringField(entry, 'error');
  const message =
    stringField(entry, 'message') ??
    stringField(entry, 'errorMessage') ??
    stringField(entry, 'error_description');
  if (code === undefined && (message === undefined || message === '')) return undefined;
  const category = stringField(entry, 'category');
  return {
    ...(code !== undefined ? { code } : {}),
    message: message ?? '',
    ...(category !== undefined ? { category } : {}),
  };
}

function same(a: ZatcaErrorMessage, b: ZatcaErrorMessage): boolean {
  return a.code === b.code && a.message === b.message;
}
