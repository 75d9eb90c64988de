/**
 * Tracks a compliance request's progress: each step its certificate's `title` flags enable must be
 * passed by a compliance check (`POST /compliance/invoices`) before the production CSID is issued
 * in simulation and production; until then `POST /production/csids` answers
 * `Missing-ComplianceSteps` listing the missing steps by ZATCA's names (fatoora-api.md §6). The
 * document kinds, their step names and which `title` enables which are core's `DOCUMENT_KINDS`.
 * The two QR-code steps seen once in simulation are required only when the `qr-compliance-steps`
 * behaviour asks for them and the title sets flag C or Z; a passing simplified check passes them.
 * A compliance record keeps the names of the steps passed (older records kept kind keys, read as
 * their steps).
 */
import { type ComplianceDocumentKind, DOCUMENT_KINDS, enabledDocumentKinds } from '@fatoora/core/model';
import type { ComplianceRecord, SimulatorState } from '../store/state.ts';

/** The QR-code steps of simulation's one live report (LIVE ERPGulf/zatca_erpgulf#5). */
export const QR_COMPLIANCE_STEPS = ['seller-qr-code-compliant', 'buyer-qr-code-compliant'] as const;

/**
 * The steps a passing compliance check of `kind` passes.
 *
 * @example
 * ```ts
 * stepsPassedBy('standard-credit-note'); // ['standard-credit-note-compliant']
 * stepsPassedBy('simplified-invoice'); // ['simplified-compliant', 'seller-qr-code-compliant', 'buyer-qr-code-compliant']
 * ```
 */
export function stepsPassedBy(kind: ComplianceDocumentKind): string[] {
  const { complianceStep, subtype } = DOCUMENT_KINDS[kind];
  return subtype === 'simplified' ? [complianceStep, ...QR_COMPLIANCE_STEPS] : [complianceStep];
}

/**
 * Records that steps passed; returns whether any is new.
 *
 * @example
 * ```ts
 * recordPassedSteps(state, requestID, stepsPassedBy('simplified-credit-note')); // true the first time
 * ```
 */
export function recordPassedSteps(
  state: SimulatorState,
  requestID: string,
  steps: readonly string[],
): boolean {
  const record = state.compliance[requestID];
  if (!record) return false;
  const passed = passedSteps(record);
  const added = steps.filter((step) => !passed.includes(step));
  if (added.length === 0) return false;
  state.compliance[requestID] = { ...record, passed: [...passed, ...added] };
  return true;
}

/**
 * The steps a certificate `title` requires, in ZATCA's order: one per enabled document kind, then
 * the QR-code steps when they are required and the title sets flag C or Z (positions 3, 4).
 *
 * @example
 * ```ts
 * requiredSteps('1000', 'not-required'); // ['standard-compliant', 'standard-credit-note-compliant', 'standard-debit-note-compliant']
 * requiredSteps('0110', 'required').at(-1); // 'buyer-qr-code-compliant'
 * ```
 */
export function requiredSteps(title: string | undefined, qrSteps: 'not-required' | 'required'): string[] {
  const steps = enabledDocumentKinds(title).map((kind) => DOCUMENT_KINDS[kind].complianceStep as string);
  const qrFlags = title?.[2] === '1' || title?.[3] === '1';
  return qrSteps === 'required' && qrFlags ? [...steps, ...QR_COMPLIANCE_STEPS] : steps;
}

/**
 * The steps still to pass, in ZATCA's order.
 *
 * @example
 * ```ts
 * missingSteps({ ...record, passed: ['standard-compliant'] }, '1000', 'not-required');
 * // ['standard-credit-note-compliant', 'standard-debit-note-compliant']
 * ```
 */
export function missingSteps(
  record: ComplianceRecord,
  title: string | undefined,
  qrSteps: 'not-required' | 'required',
): string[] {
  const passed = passedSteps(record);
  return requiredSteps(title, qrSteps).filter((step) => !passed.includes(step));
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

/** The record's passed steps, an older record's kind keys read as their steps. */
function passedSteps(record: ComplianceRecord): string[] {
  return record.passed.map((entry) =>
    Object.hasOwn(DOCUMENT_KINDS, entry)
      ? DOCUMENT_KINDS[entry as ComplianceDocumentKind].complianceStep
      : entry,
  );
}
