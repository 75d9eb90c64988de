import { ValidationError } from '@fatoora/core/errors';
import { describe, expect, test } from 'vitest';
import { issuedInvoice, ZATCA_WARNING } from '../../test/support/issued-invoice.ts';
import {
  IDLE_OUTCOME,
  outcomeOfError,
  outcomeOfIssued,
  SUBMITTING_OUTCOME,
  type SubmissionProgress,
} from './submission-outcome.ts';

describe('Submission outcomes', () => {
  test('A submission progresses from idle through submitting to the issued document’s state.', () => {
    const progress: SubmissionProgress[] = [IDLE_OUTCOME.state, SUBMITTING_OUTCOME.state];
    for (const state of ['cleared', 'reported', 'pending', 'rejected'] as const) {
      const outcome = outcomeOfIssued(issuedInvoice({ state, messages: [ZATCA_WARNING] }));
      progress.push(outcome.state);
      expect(outcome.messages).toEqual([
        expect.objectContaining({ severity: 'warning', code: ZATCA_WARNING.code }),
      ]);
    }
    expect(progress).toEqual(['idle', 'submitting', 'cleared', 'reported', 'pending', 'rejected']);
  });

  test('A submission that throws has failed, with the validator’s faults or the error’s own message.', () => {
    const fault = {
      rule: 'BR-KSA-40',
      severity: 'error' as const,
      path: 'seller.vatNumber',
      message: 'Bad VAT',
    };
    expect(outcomeOfError(new ValidationError([fault]))).toMatchObject({
      state: 'failed',
      messages: [{ severity: 'error', code: 'BR-KSA-40', message: 'Bad VAT', category: 'seller.vatNumber' }],
    });
    expect(outcomeOfError(new Error('offline')).messages).toEqual([
      { severity: 'error', code: 'error', message: 'offline' },
    ]);
  });
});
