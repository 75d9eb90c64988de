/**
 * Whether a 409 says that the platform already accepted this very document. ZATCA files documents
 * by invoice hash, and its duplicate answer comes in two known bodies (fatoora-api.md §5 #5, §7):
 * the OpenAPI example, an error entry with `code: null` and the text "Invoice was already Reported
 * successfully earlier.", and the forum transcript's `"code":"Invoice-Errors"`,
 * `"category":"Duplicate-Invoice"`, "Invoice Hash Previously Submitted". Both come with
 * `NOT_REPORTED` and an `ERROR` verdict, and both mean the earlier submission stands. A 409 whose
 * body says neither is not read as a duplicate: what it means is for a person to find out.
 */
import { AlreadySubmittedError } from '../errors/already-submitted-error.ts';
import type { ZatcaErrorMessage } from '../errors/api-error.ts';

/** The texts of ZATCA's duplicate answers, loosely: either known wording, in any case. */
const DUPLICATE_TEXT = /already\s+(been\s+)?(reported|cleared|submitted)|previously\s+submitted/i;

/**
 * Whether `error` is a 409 whose body says the document was already accepted.
 *
 * @example
 * ```ts
 * try { await client.reportInvoice(submission); }
 * catch (e) { if (isDuplicateAnswer(e)) markReported(submission.uuid); else throw e; }
 * ```
 */
export function isDuplicateAnswer(error: unknown): boolean {
  if (!(error instanceof AlreadySubmittedError)) return false;
  const entries: ZatcaErrorMessage[] = [
    ...error.errors,
    ...(error.validationResults?.errorMessages ?? []),
    ...(error.validationResults?.warningMessages ?? []),
    ...(error.validationResults?.infoMessages ?? []),
  ];
  return entries.some(
    (entry) => entry.category?.toLowerCase() === 'duplicate-invoice' || DUPLICATE_TEXT.test(entry.message),
  );
}
