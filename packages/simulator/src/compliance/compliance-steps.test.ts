import { DOCUMENT_KINDS } from '@fatoora/core/model';
import { describe, expect, it } from 'vitest';
import { type ComplianceRecord, emptyState } from '../store/state.ts';
import {
  kindName,
  missingSteps,
  recordPassedSteps,
  requiredSteps,
  stepsPassedBy,
} from './compliance-steps.ts';

const record: ComplianceRecord = {
  requestID: '1',
  environment: 'simulation',
  csr: '',
  passed: [],
};

describe('compliance steps', () => {
  it("records passed steps under ZATCA's names, once each", () => {
    const state = emptyState();
    state.compliance['1'] = record;
    expect(recordPassedSteps(state, '1', stepsPassedBy('standard-credit-note'))).toBe(true);
    expect(recordPassedSteps(state, '1', stepsPassedBy('standard-credit-note'))).toBe(false);
    expect(recordPassedSteps(state, 'unknown', stepsPassedBy('standard-invoice'))).toBe(false);
    expect(state.compliance['1']?.passed).toEqual(['standard-credit-note-compliant']);
  });

  it('lists the steps a title enables that have not passed yet, in table order', () => {
    expect(missingSteps({ ...record, passed: ['standard-compliant'] }, '1000', 'not-required')).toEqual([
      'standard-credit-note-compliant',
      'standard-debit-note-compliant',
    ]);
    const all = Object.values(DOCUMENT_KINDS).map((kind) => kind.complianceStep);
    expect(missingSteps({ ...record, passed: all }, '1100', 'not-required')).toEqual([]);
    expect(missingSteps(record, undefined, 'not-required')).toEqual([]);
  });

  it('reads the kind keys older records kept as their steps', () => {
    expect(missingSteps({ ...record, passed: ['standard-invoice'] }, '1000', 'not-required')).toEqual([
      'standard-credit-note-compliant',
      'standard-debit-note-compliant',
    ]);
  });

  it('adds the QR-code steps only when required and the title sets flag C or Z, and passes them with a simplified check', () => {
    expect(requiredSteps('1110', 'not-required')).toHaveLength(6);
    expect(requiredSteps('1100', 'required')).toHaveLength(6);
    expect(requiredSteps('0101', 'required')).toEqual([
      'simplified-compliant',
      'simplified-credit-note-compliant',
      'simplified-debit-note-compliant',
      'seller-qr-code-compliant',
      'buyer-qr-code-compliant',
    ]);
    expect(stepsPassedBy('simplified-debit-note')).toContain('buyer-qr-code-compliant');
    expect(stepsPassedBy('standard-invoice')).toEqual(['standard-compliant']);
  });

  it('names a kind by its subtype, document and type code', () => {
    expect(kindName('standard-invoice')).toBe('standard invoice (388)');
    expect(kindName('simplified-credit-note')).toBe('simplified credit note (381)');
    expect(kindName('standard-debit-note')).toBe('standard debit note (383)');
  });
});
