/**
 * Resubmissions on the reporting and clearance endpoints. The platform files accepted documents
 * by invoice hash: sending one again — typically a client's retry after an answer was lost — is
 * answered 409 with "Invoice Hash Previously Submitted" (integrators report
 * `reportingStatus: REPORTED_SUCCESSFULLY_EARLIER` for a reported one; a cleared one comes back
 * `CLEARED` with the stamped document, so the retry still gets it). A different document that
 * reuses an accepted document's UUID is refused with 409 too. Rejected documents are not filed:
 * sending one again is checked again.
 */

import type { FatooraEnvironment } from '@fatoora/core/model';
import { collectResults, error, warning } from '../checks/validation-results.ts';
import type { SimulatorContext } from '../context.ts';
import type { ApiAnswer } from '../http/answer.ts';
import type { SubmissionRecord } from '../store/state.ts';
import { invoiceAnswerBody } from './invoice-answer.ts';

/** A previous submission this one repeats. */
export interface Duplicate {
  readonly record: SubmissionRecord;
  /** Same hash (a resubmission) or only the same UUID (another document). */
  readonly sameDocument: boolean;
}

/**
 * The key of a submission: environment and invoice hash.
 *
 * @example
 * ```ts
 * submissionKey('simulation', invoiceHash); // 'simulation 5fS…='
 * ```
 */
export function submissionKey(environment: FatooraEnvironment, invoiceHash: string): string {
  return `${environment} ${invoiceHash}`;
}

/**
 * The key of the UUID index.
 *
 * @example
 * ```ts
 * uuidKey('simulation', invoice.uuid);
 * ```
 */
export function uuidKey(environment: FatooraEnvironment, uuid: string): string {
  return `${environment} ${uuid}`;
}

/**
 * The accepted submission this one repeats, if any.
 *
 * @example
 * ```ts
 * findDuplicate(context, 'simulation', invoiceHash, invoice.uuid)?.sameDocument; // true on a retry
 * ```
 */
export function findDuplicate(
  context: SimulatorContext,
  environment: FatooraEnvironment,
  invoiceHash: string,
  uuid: string | undefined,
): Duplicate | undefined {
  const { submissions, uuids } = context.state;
  const same = submissions[submissionKey(environment, invoiceHash)];
  if (same) return { record: same, sameDocument: true };
  const byUuid = uuid === undefined ? undefined : uuids[uuidKey(environment, uuid)];
  const other = byUuid === undefined ? undefined : submissions[byUuid];
  return other ? { record: other, sameDocument: false } : undefined;
}

/**
 * The 409 answer to a duplicate.
 *
 * @example
 * ```ts
 * return duplicateAnswer(context, duplicate, 'clearance'); // 409, CLEARED, the stamped XML again
 * ```
 */
export async function duplicateAnswer(
  context: SimulatorContext,
  duplicate: Duplicate,
  decided: 'reporting' | 'clearance',
): Promise<ApiAnswer> {
  if (!duplicate.sameDocument) {
    return {
      status: 409,
      body: {
        ...invoiceAnswerBody({
          results: collectResults([
            error(
              'Invoice-Errors',
              'Duplicate-Invoice',
              'An invoice with this UUID was already submitted, with other content.',
            ),
          ]),
          decided,
        }),
        message: 'Invoice UUID Previously Submitted',
      },
    };
  }
  const { record } = duplicate;
  const clearedXml = record.clearedDocument
    ? await context.store.loadDocument(record.clearedDocument)
    : undefined;
  const body = invoiceAnswerBody({
    results: collectResults([
      warning('Invoice-Warning', 'Duplicate-Invoice', 'Invoice Hash Previously submitted.'),
    ]),
    decided: record.status === 'CLEARED' ? 'clearance' : 'reporting',
    ...(clearedXml !== undefined ? { clearedXml } : {}),
  });
  return {
    status: 409,
    body: {
      ...body,
      ...(record.status === 'REPORTED' ? { reportingStatus: 'REPORTED_SUCCESSFULLY_EARLIER' } : {}),
      message: 'Invoice Hash Previously Submitted',
    },
  };
}
