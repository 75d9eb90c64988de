import { DOCUMENT_KINDS } from '@fatoora/core/model';
import { describe, expect, it } from 'vitest';
import { type ComplianceRecord, emptyState } from '../store/state.ts';
import { kindName, missingSteps, recordPassedStep } from './compliance-steps.ts';

const record: ComplianceRecord = {
  requestID: '1',
  environment: 'simulation',
  csr: '',
  passed: [],
};

describe('compliance steps', () => {
  it("records passed kinds under core's DOCUMENT_KINDS keys, once each", () => {
    const state = emptyState();
    state.compliance['1'] = record;
    expect(recordPassedStep(state, '1', 'simplified-credit-note')).toBe(true);
    expect(recordPassedStep(state, '1', 'simplified-credit-note')).toBe(false);
    expect(recordPassedStep(state, 'unknown', 'standard-invoice')).toBe(false);
    expect(state.compliance['1']?.passed).toEqual(['simplified-credit-note']);
  });

  it('lists the kinds a title enables that have not passed yet, in table order', () => {
    expect(missingSteps({ ...record, passed: ['standard-invoice'] }, '1000')).toEqual([
      'standard-credit-note',
      'standard-debit-note',
    ]);
    expect(missingSteps({ ...record, passed: Object.keys(DOCUMENT_KINDS) }, '1100')).toEqual([]);
    expect(missingSteps(record, undefined)).toEqual([]);
  });

  it('names a kind by its subtype, document and type code', () => {
    expect(kindName('standard-invoice')).toBe('standard invoice (388)');
    expect(kindName('simplified-credit-note')).toBe('simplified credit note (381)');
    expect(kindName('standard-debit-note')).toBe('standard debit note (383)');
  });
});
