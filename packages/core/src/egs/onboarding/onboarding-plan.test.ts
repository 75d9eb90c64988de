import { describe, expect, it } from 'vitest';
import { onboardedSdkRecord } from '../../../test/support/egs-fixtures.ts';
import type { EgsUnitRecord } from '../store/store.ts';
import { describeStep, planOnboarding } from './onboarding-plan.ts';

const fresh = (): EgsUnitRecord => {
  const { complianceCsid, productionCsid, ...record } = onboardedSdkRecord('till-1');
  return { ...record, passedComplianceChecks: [] };
};

describe('planOnboarding', () => {
  it('plans the compliance CSID, one check per enabled kind and the production CSID, none done, for a new unit', () => {
    const plan = planOnboarding(undefined, '1100');
    expect(plan.map((step) => ('kind' in step ? step.kind : step.step))).toEqual([
      'compliance-csid',
      'standard-invoice',
      'standard-credit-note',
      'standard-debit-note',
      'simplified-invoice',
      'simplified-credit-note',
      'simplified-debit-note',
      'production-csid',
    ]);
    expect(plan.every((step) => !step.done)).toBe(true);
  });

  it('plans only the simplified checks for a CSR with invoice type 0100', () => {
    const checks = planOnboarding(undefined, '0100').filter((step) => step.step === 'compliance-check');
    expect(checks.map((step) => ('kind' in step ? step.kind : ''))).toEqual([
      'simplified-invoice',
      'simplified-credit-note',
      'simplified-debit-note',
    ]);
  });

  it('marks the steps a record shows done, so that onboarding resumes at the first one that is not', () => {
    const { productionCsid, ...record } = onboardedSdkRecord('till-1');
    const partial = {
      ...record,
      passedComplianceChecks: ['standard-invoice', 'standard-credit-note'] as const,
    };
    const plan = planOnboarding(partial, '1100');
    expect(plan.filter((step) => step.done).map((step) => ('kind' in step ? step.kind : step.step))).toEqual([
      'compliance-csid',
      'standard-invoice',
      'standard-credit-note',
    ]);
    expect(plan.find((step) => !step.done)).toEqual({
      step: 'compliance-check',
      kind: 'standard-debit-note',
      done: false,
    });
  });

  it('ignores passed checks when the record holds no compliance CSID', () => {
    const record = { ...fresh(), passedComplianceChecks: ['standard-invoice'] as const };
    expect(planOnboarding(record, '1100').some((step) => step.done)).toBe(false);
  });

  it('shows every step done once the production CSID is there', () => {
    expect(planOnboarding(onboardedSdkRecord('till-1'), '1100').every((step) => step.done)).toBe(true);
  });

  it('describes each step in words', () => {
    expect(describeStep({ step: 'compliance-csid' })).toBe('compliance CSID request');
    expect(describeStep({ step: 'compliance-check', kind: 'simplified-debit-note' })).toBe(
      'compliance check of the simplified-debit-note',
    );
    expect(describeStep({ step: 'production-csid' })).toBe('production CSID request');
  });
});
