/**
 * Tracks a compliance request's progress: each document kind its certificate's `title` flags
 * enable must pass a compliance check (`POST /compliance/invoices`) before the production CSID is
 * issued; until then `POST /production/csids` answers `Missing-ComplianceSteps`.
 */
import type { DocumentKind } from '../checks/document.ts';
import type { ComplianceRecord, SimulatorState } from '../store/state.ts';
import { enabledKinds, kindKey } from './document-kinds.ts';

/**
 * Records that a kind passed its check; returns whether that is new.
 *
 * @example
 * ```ts
 * recordPassedStep(state, requestID, { subtype: 'simplified', typeCode: '381' }); // true the first time
 * ```
 */
export function recordPassedStep(state: SimulatorState, requestID: string, kind: DocumentKind): boolean {
  const record = state.compliance[requestID];
  const key = kindKey(kind);
  if (!record || record.passed.includes(key)) return false;
  state.compliance[requestID] = { ...record, passed: [...record.passed, key] };
  return true;
}

/**
 * The kinds still to pass, for a certificate `title`.
 *
 * @example
 * ```ts
 * missingSteps({ ...record, passed: ['standard-388'] }, '1000'); // standard 381 and 383
 * ```
 */
export function missingSteps(record: ComplianceRecord, title: string | undefined): DocumentKind[] {
  return enabledKinds(title).filter((kind) => !record.passed.includes(kindKey(kind)));
}
