/**
 * The compliance steps a refused production CSID request names as missing (fatoora-api.md §5 #3):
 * the live `Missing-ComplianceSteps` text lists them in brackets, comma-separated without spaces
 * ("…the following compliance steps yet [standard-credit-note-compliant,simplified-compliant]"),
 * and a 200 `NOT_COMPLIANT` carries the same text in `errors`; the OpenAPI example names none.
 * Which of them are steps of the six document kinds tells the unit which checks to run again.
 */
import type { ApiError } from '../../errors/api-error.ts';
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '../../model/document-kinds.ts';

const STEP_NAME = /[a-z]+(?:-[a-z]+)*-compliant/g;

/**
 * Every step name the platform's messages mention (`simplified-compliant`,
 * `seller-qr-code-compliant`, …), in order, each once.
 *
 * @example
 * ```ts
 * missingComplianceSteps(error); // ['standard-credit-note-compliant', 'seller-qr-code-compliant']
 * ```
 */
export function missingComplianceSteps(error: Pick<ApiError, 'errors'>): string[] {
  const named = (error.errors ?? []).flatMap((entry) => entry.message.match(STEP_NAME) ?? []);
  return [...new Set(named)];
}

/**
 * The document kinds whose compliance steps are among `steps`.
 *
 * @example
 * ```ts
 * kindsOfSteps(['simplified-compliant', 'buyer-qr-code-compliant']); // ['simplified-invoice']
 * ```
 */
export function kindsOfSteps(steps: readonly string[]): ComplianceDocumentKind[] {
  return (Object.keys(DOCUMENT_KINDS) as ComplianceDocumentKind[]).filter((kind) =>
    steps.includes(DOCUMENT_KINDS[kind].complianceStep),
  );
}
