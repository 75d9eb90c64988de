/**
 * Tracks a compliance request's progress: each document kind its certificate's `title` flags
 * enable must pass a compliance check (`POST /compliance/invoices`) before the production CSID is
 * issued; until then `POST /production/csids` answers `Missing-ComplianceSteps` (fatoora-api.md
 * §6). The kinds, their keys and which `title` enables which are core's `DOCUMENT_KINDS`; a
 * compliance record keeps the keys of the kinds that passed.
 */
import { type ComplianceDocumentKind, DOCUMENT_KINDS, enabledDocumentKinds } from '@fatoora/core/model';
import type { ComplianceRecord, SimulatorState } from '../store/state.ts';

/**
 * Records that a kind passed its check; returns whether that is new.
 *
 * @example
 * ```ts
 * recordPassedStep(state, requestID, 'simplified-credit-note'); // true the first time
 * ```
 */
export function recordPassedStep(
  state: SimulatorState,
  requestID: string,
  kind: ComplianceDocumentKind,
): boolean {
  const record = state.compliance[requestID];
  if (!record || record.passed.includes(kind)) return false;
  state.compliance[requestID] = { ...record, passed: [...record.passed, kind] };
  return true;
}

/**
 * The kinds still to pass, for a certificate `title`.
 *
 * @example
 * ```ts
 * missingSteps({ ...record, passed: ['standard-invoice'] }, '1000'); // ['standard-credit-note', 'standard-debit-note']
 * ```
 */
export function missingSteps(record: ComplianceRecord, title: string | undefined): ComplianceDocumentKind[] {
  return enabledDocumentKinds(title).filter((kind) => !record.passed.includes(kind));
}

/**
 * A kind in the simulator's words, e.g. `simplified credit note (381)`: its key (subtype, then
 * the type code's kind) spelled out, and its type code.
 *
 * @example
 * ```ts
 * kindName('standard-debit-note'); // 'standard debit note (383)'
 * ```
 */
export function kindName(kind: ComplianceDocumentKind): string {
  return `${kind.replaceAll('-', ' ')} (${DOCUMENT_KINDS[kind].typeCode})`;
}
