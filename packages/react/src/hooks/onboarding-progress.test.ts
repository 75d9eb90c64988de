import { parseCsrProperties } from '@fatoora/core/csr';
import { EgsError } from '@fatoora/core/errors';
import { describe, expect, test } from 'vitest';
import { CSR_CONFIG } from '../../test/support/fake-onboarding-unit.ts';
import {
  failedStepOf,
  initialPlan,
  progressFromPlan,
  progressFromResult,
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
});
