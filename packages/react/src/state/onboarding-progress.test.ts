import { parseCsrProperties } from '@fatoora/core/csr';
import { EgsError } from '@fatoora/core/errors';
import { describe, expect, test } from 'vitest';
import { CSR_CONFIG } from '../../test/support/fake-onboarding-unit.ts';
import {
  failedStepOf,
  initialPlan,
  onboardParameters,
  progressAfterFailure,
  progressAtStart,
  progressFromPlan,
  progressFromResult,
  progressSummary,
  storedPlan,
  withFailedStep,
} from './onboarding-progress.ts';

describe('Onboarding progress', () => {
  test('The first plan has a compliance check per document kind the CSR enables.', () => {
    expect(initialPlan(CSR_CONFIG)).toHaveLength(8);
    expect(initialPlan({ ...CSR_CONFIG, invoiceType: '0100' }).map((step) => step.step)).toEqual([
      'compliance-csid',
      'compliance-check',
      'compliance-check',
      'compliance-check',
      'production-csid',
    ]);
  });

  test('A plan also comes from the SDK’s properties text, and an unreadable one still has the two CSID steps.', () => {
    const text = 'csr.invoice.type=1000\n';
    expect(parseCsrProperties(text).invoiceType).toBe('1000');
    expect(initialPlan(text)).toHaveLength(5);
    expect(initialPlan('csr.unknown=1').map((step) => step.step)).toEqual([
      'compliance-csid',
      'production-csid',
    ]);
  });

  test('While running, the first step not done is the running one.', () => {
    const plan = initialPlan(CSR_CONFIG).map((step, index) => ({ ...step, done: index < 2 }));
    expect(progressFromPlan(plan, true).map((step) => step.status)).toEqual([
      'done',
      'done',
      'running',
      'pending',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(progressFromPlan(plan, false)[2]?.status).toBe('pending');
  });

  test('The step an EgsError names is the failed one; without a name, the running one is.', () => {
    const running = progressFromPlan(initialPlan(CSR_CONFIG), true);
    const error = new EgsError('onboarding-failed', 'failed', {
      details: { step: 'compliance-check', kind: 'simplified-debit-note' },
    });
    expect(failedStepOf(error)).toEqual({ step: 'compliance-check', kind: 'simplified-debit-note' });
    const marked = withFailedStep(running, error);
    expect(marked[6]).toMatchObject({ kind: 'simplified-debit-note', status: 'failed' });
    expect(marked[0]?.status).toBe('pending');
    expect(withFailedStep(running, new Error('lost'))[0]?.status).toBe('failed');
  });

  test('A result marks every step done with its outcome.', () => {
    const steps = progressFromResult({
      steps: [
        { step: 'compliance-csid', outcome: 'skipped' },
        { step: 'production-csid', outcome: 'passed' },
      ],
      generatedPrivateKey: false,
      csidExpiresAt: new Date(),
    });
    expect(steps).toEqual([
      { step: 'compliance-csid', status: 'done', outcome: 'skipped' },
      { step: 'production-csid', status: 'done', outcome: 'passed' },
    ]);
  });

  test('A run starts at the first step not done, and a step that failed before is tried again.', () => {
    const plan = initialPlan(CSR_CONFIG).map((step, index) => ({ ...step, done: index < 2 }));
    const failed = withFailedStep(progressFromPlan(plan, true), new Error('lost'));
    expect(failed[2]?.status).toBe('failed');
    expect(progressAtStart(failed).map((step) => step.status)).toEqual(
      progressFromPlan(plan, true).map((step) => step.status),
    );
  });

  test('After a failure, progress comes from the stored plan when there is one, else from the progress so far.', () => {
    const error = new EgsError('onboarding-failed', 'failed', { details: { step: 'production-csid' } });
    const stored = initialPlan(CSR_CONFIG).map((step, index) => ({ ...step, done: index < 7 }));
    expect(storedPlan({ onboarding: [] })).toBeUndefined();
    expect(storedPlan(undefined)).toBeUndefined();
    expect(storedPlan({ onboarding: stored })).toBe(stored);
    const fromStore = progressAfterFailure([], stored, error);
    expect(fromStore.map((step) => step.status)).toEqual([...Array(7).fill('done'), 'failed']);
    const earlier = withFailedStep(progressFromPlan(initialPlan(CSR_CONFIG), true), new Error('lost'));
    const fromSteps = progressAfterFailure(earlier, undefined, error);
    expect(fromSteps[0]?.status).toBe('pending');
    expect(fromSteps[7]?.status).toBe('failed');
  });

  test('The summary counts the steps done, and asks for an OTP until the compliance CSID is held.', () => {
    const fresh = progressFromPlan(initialPlan(CSR_CONFIG), false);
    expect(progressSummary(fresh)).toEqual({ needsOtp: true, resumable: false, completed: 0, total: 8 });
    const half = progressFromPlan(
      initialPlan(CSR_CONFIG).map((step, index) => ({ ...step, done: index < 3 })),
      false,
    );
    expect(progressSummary(half)).toEqual({ needsOtp: false, resumable: true, completed: 3, total: 8 });
    const all = half.map((step) => ({ ...step, status: 'done' as const }));
    expect(progressSummary(all)).toMatchObject({ resumable: false, completed: 8 });
  });

  test('A run sends the OTP trimmed, and none when it is blank.', () => {
    expect(onboardParameters(CSR_CONFIG, 'simulation', ' 123345 ')).toEqual({
      csrConfig: CSR_CONFIG,
      environment: 'simulation',
      otp: '123345',
    });
    expect('otp' in onboardParameters(CSR_CONFIG, 'simulation', '  ')).toBe(false);
    expect('otp' in onboardParameters(CSR_CONFIG, 'simulation')).toBe(false);
  });
});
