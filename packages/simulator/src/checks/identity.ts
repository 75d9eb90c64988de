/**
 * The identity family: the `uuid` of the request body must be the document's `cbc:UUID` (KSA-1),
 * as the platform checks before it files the document under that UUID.
 */
import type { SubmittedInvoice } from './document.ts';
import { error, type ValidationMessage } from './validation-results.ts';

/**
 * Compares the request's UUID with the document's.
 *
 * @example
 * ```ts
 * checkUuid(body.uuid, invoice); // [] when they are equal
 * ```
 */
export function checkUuid(claimed: unknown, invoice: SubmittedInvoice): ValidationMessage[] {
  if (typeof claimed === 'string' && invoice.uuid !== undefined && claimed.trim() === invoice.uuid) return [];
  return [
    error(
      'INVOICE_UUID_VALIDATION',
      'MISSING_UUID_IN_INVOICE',
      "UUID provided in the invoice doesn't match UUID in the provided Request",
    ),
  ];
}
