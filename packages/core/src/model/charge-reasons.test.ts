import { describe, expect, it } from 'vitest';
import { CHARGE_REASONS, isChargeReasonCode } from './charge-reasons.ts';

describe('charge reason codes (UNTDID 7161)', () => {
  it('each have an English name and an Arabic name written in Arabic letters', () => {
    expect(Object.keys(CHARGE_REASONS).length).toBeGreaterThan(150);
    for (const [code, names] of Object.entries(CHARGE_REASONS)) {
      expect(code, code).toMatch(/^[A-Z0-9]{2,3}$/);
      expect(names.en.trim(), code).not.toBe('');
      expect(names.ar, code).toMatch(/^[\u0600-\u06FF][\u0600-\u06FF\s()]*$/);
    }
  });

  it('leave out IAB and TAC, which ZATCA’s BR-KSA-CL-06 misspells and so warns on', () => {
    expect(isChargeReasonCode('IAB')).toBe(false);
    expect(isChargeReasonCode('TAC')).toBe(false);
  });

  it('are recognised by isChargeReasonCode, and nothing else is', () => {
    expect(isChargeReasonCode('FC')).toBe(true);
    expect(isChargeReasonCode('ZZZ')).toBe(true);
    for (const other of ['95', 'fc', 'AB', 'A', '', ' FC', 7161, undefined, null, 'constructor'])
      expect(isChargeReasonCode(other), String(other)).toBe(false);
  });
});
