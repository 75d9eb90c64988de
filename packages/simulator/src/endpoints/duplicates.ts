/**
 * Resubmissions on the reporting and clearance endpoints. The platform files accepted documents
 * by invoice hash (fatoora-api.md §8), and a document sent again — typically a client's retry after
 * an answer was lost — is answered as ZATCA does (§5, §11): on reporting, 409 `NOT_REPORTED` with
 * one error entry, the OpenAPI body (`code` and `category` null, "Invoice was already Reported
 * successfully earlier.") or the forum's (`Invoice-Errors`, `Duplicate-Invoice`, "Invoice Hash
 * Previously Submitted") per the `reporting-duplicate-body` behaviour — an acceptance all the same;
 * on clearance, 208 with `CLEARED` and the cleared document again, or 409 without it (the
 * `duplicate-clearance` behaviour). A different document that reuses an accepted document's UUID
 * is refused with 409 too (the simulator's choice: no platform body is known). Rejected documents
 * are not filed: sending one again is checked again.
 */
import type { FatooraEnvironment } from '@fatoora/core/model';
import type { ValidationResults } from '../checks/validation-results.ts';
import type { SimulatorContext } from '../context.ts';
import type { ApiAnswer } from '../http/answer.ts';
import type { SubmissionRecord } from '../store/state.ts';
import { invoiceAnswer } from './invoice-answer.ts';

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

/** The OpenAPI file's entry for a document already reported (`code` and `category` null). */
const OAS_ENTRY = {
  type: 'ERROR',
  code: null,
  category: null,
  message: 'Invoice was already Reported successfully earlier.',
  status: 'ERROR',
} as const;
/** The entry of the forum transcript. */
const FORUM_ENTRY = {
  type: 'ERROR',
  code: 'Invoice-Errors',
  category: 'Duplicate-Invoice',
  message: 'Invoice Hash Previously Submitted',
  status: 'ERROR',
} as const;
/**
 * The simulator's entry for another document under an accepted one's UUID: worded so that no
 * client mistakes it for a duplicate of an accepted document, which it is not.
 */
const OTHER_CONTENT_ENTRY = {
  type: 'ERROR',
  code: 'Invoice-Errors',
  category: 'Duplicate-UUID',
  message: 'Another document with this UUID was accepted earlier; a new document needs a new UUID.',
  status: 'ERROR',
} as const;

/**
 * The answer to a duplicate: 409 on reporting, 208 or 409 on clearance.
 *
 * @example
 * ```ts
 * return duplicateAnswer(context, duplicate, 'clearance', results); // 208, CLEARED, the cleared XML again
 * ```
 */
export async function duplicateAnswer(
  context: SimulatorContext,
  duplicate: Duplicate,
  endpoint: 'reporting' | 'clearance',
  results: ValidationResults,
): Promise<ApiAnswer> {
  const behaviours = context.behaviours.settings;
  if (!duplicate.sameDocument) return conflict(endpoint, OTHER_CONTENT_ENTRY);
  if (endpoint === 'reporting') {
    return conflict(endpoint, behaviours['reporting-duplicate-body'] === 'forum' ? FORUM_ENTRY : OAS_ENTRY);
  }
  const { record } = duplicate;
  const clearedXml = record.clearedDocument
    ? await context.store.loadDocument(record.clearedDocument)
    : undefined;
  if (behaviours['duplicate-clearance'] === '208' && clearedXml !== undefined) {
    return invoiceAnswer({ endpoint, results, decided: 'clearance', clearedXml }, 208);
  }
  return conflict(endpoint, FORUM_ENTRY);
}

/** A 409 with one error entry and the endpoint's refused status. */
function conflict(endpoint: 'reporting' | 'clearance', entry: object): ApiAnswer {
  const validationResults = {
    infoMessages: [],
    warningMessages: [],
    errorMessages: [entry],
    status: 'ERROR',
  };
  return {
    status: 409,
    body:
      endpoint === 'reporting'
        ? { validationResults, reportingStatus: 'NOT_REPORTED' }
        : { validationResults, clearanceStatus: 'NOT_CLEARED', clearedInvoice: null },
  };
}
