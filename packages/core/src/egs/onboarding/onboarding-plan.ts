/**
 * The onboarding steps of an EGS unit and which of them are already done, read from its stored
 * record: (1) the compliance CSID (`POST /compliance`), (2) one compliance check per document kind
 * the CSR's `invoiceType` enables (`POST /compliance/invoices`), (3) the production CSID
 * (`POST /production/csids`). Onboarding is resumable because this plan is computed from what the
 * record holds, never from what a previous run remembered: a step is done exactly when its result
 * was saved.
 */
import { type ComplianceDocumentKind, enabledDocumentKinds } from '../../model/document-kinds.ts';
import type { EgsUnitRecord } from '../store/store.ts';

/** One onboarding step. */
export type OnboardingStep =
  | {
      /** Asking for the compliance CSID with the CSR and the OTP (`POST /compliance`). */
      readonly step: 'compliance-csid';
    }
  | {
      /** Sending one sample document for the compliance check (`POST /compliance/invoices`). */
      readonly step: 'compliance-check';
      /** The document kind of the sample, one of those the CSR's `invoiceType` enables. */
      readonly kind: ComplianceDocumentKind;
    }
  | {
      /** Exchanging the compliance CSID for the production CSID (`POST /production/csids`). */
      readonly step: 'production-csid';
    };

/** A step of the plan and whether the record shows it done. */
export type PlannedStep = OnboardingStep & {
  /** Whether the unit's record already holds this step's result, so that a resumed run skips it. */
  readonly done: boolean;
};

/**
 * The onboarding plan for a CSR `invoiceType`, given the unit's record (`undefined` before the
 * first run). Compliance checks count only under the compliance CSID the record holds.
 *
 * @example
 * ```ts
 * planOnboarding(undefined, '0100').map((s) => s.step);
 * // ['compliance-csid', 'compliance-check', 'compliance-check', 'compliance-check', 'production-csid']
 * planOnboarding(record, '1100').find((s) => !s.done); // the step to run next
 * ```
 */
export function planOnboarding(record: EgsUnitRecord | undefined, invoiceType: string): PlannedStep[] {
  const hasComplianceCsid = record?.complianceCsid !== undefined;
  const passed = new Set(hasComplianceCsid ? record?.passedComplianceChecks : []);
  const hasProductionCsid = record?.productionCsid !== undefined;
  return [
    { step: 'compliance-csid', done: hasComplianceCsid || hasProductionCsid },
    ...enabledDocumentKinds(invoiceType).map((kind) => ({
      step: 'compliance-check' as const,
      kind,
      done: hasProductionCsid || passed.has(kind),
    })),
    { step: 'production-csid', done: hasProductionCsid },
  ];
}

/**
 * A step in words, for messages: `compliance check of the simplified-credit-note`.
 *
 * @example
 * ```ts
 * describeStep({ step: 'production-csid' }); // 'production CSID request'
 * ```
 */
export function describeStep(step: OnboardingStep): string {
  switch (step.step) {
    case 'compliance-csid':
      return 'compliance CSID request';
    case 'compliance-check':
      return `compliance check of the ${step.kind}`;
    case 'production-csid':
      return 'production CSID request';
  }
}
