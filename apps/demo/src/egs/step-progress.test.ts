import { planOnboarding } from '@fatoora/core/egs';
import { EgsError } from '@fatoora/core/errors';
import { describe, expect, it } from 'vitest';
import { failedStepKey, stepProgress } from './step-progress.ts';

const plan = planOnboarding(undefined, '1100');
const done = (count: number) => plan.map((step, index) => ({ ...step, done: index < count }));

describe('stepProgress', () => {
  it('lists the eight steps of a unit that issues both subtypes, all waiting', () => {
    const steps = stepProgress(plan, { running: false });
    expect(steps).toHaveLength(8);
    expect(steps.every((step) => step.status === 'pending')).toBe(true);
  });

  it('marks the first step not done as running while onboarding runs', () => {
    const steps = stepProgress(done(3), { running: true });
    expect(steps.map((step) => step.status)).toEqual([
      'done',
      'done',
      'done',
      'running',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(steps[3]?.key).toBe('compliance-check:standard-debit-note');
  });

  it('marks the step an onboarding error names as failed', () => {
    const error = new EgsError('onboarding-failed', 'The compliance check failed.', {
      details: { step: 'compliance-check', kind: 'standard-credit-note' },
    });
    const key = failedStepKey(error);
    expect(key).toBe('compliance-check:standard-credit-note');
    const steps = stepProgress(done(2), { running: false, ...(key ? { failedKey: key } : {}) });
    expect(steps[2]?.status).toBe('failed');
    expect(steps[3]?.status).toBe('pending');
  });

  it('names no step for other errors', () => {
    expect(failedStepKey(new Error('x'))).toBeUndefined();
  });
});
