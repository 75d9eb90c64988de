import { describe, expect, it } from 'vitest';
import { ALLOWANCE_REASONS, isAllowanceReasonCode } from './allowance-reasons.ts';
import { CHARGE_REASONS } from './charge-reasons.ts';

/** EN 16931's UNTDID 5189 subset, as its code-list rule BR-CL-19 lists it. */
const EN16931_UNCL5189 = '41 42 60 62 63 64 65 66 67 68 70 71 88 95 100 102 103 104 105'.split(' ');

describe('allowance reason codes (UNTDID 5189)', () => {
  it('are exactly the codes EN 16931 accepts (BR-CL-19)', () => {
    expect(Object.keys(ALLOWANCE_REASONS).sort()).toEqual([...EN16931_UNCL5189].sort());
  });

  it('each have an English name and an Arabic name written in Arabic letters', () => {
    for (const [code, names] of Object.entries(ALLOWANCE_REASONS)) {
      expect(names.en.trim(), code).not.toBe('');
      expect(names.ar, code).toMatch(/^[\u0600-\u06FF][\u0600-\u06FF\s()]*$/);
    }
  });

  it('never share a code with the charge reasons', () => {
    for (const code of Object.keys(ALLOWANCE_REASONS))
      expect(Object.hasOwn(CHARGE_REASONS, code)).toBe(false);
  });

  it('are recognised by isAllowanceReasonCode, and nothing else is', () => {
    expect(isAllowanceReasonCode('95')).toBe(true);
    expect(isAllowanceReasonCode('104')).toBe(true);
    for (const other of ['FC', '96', '', ' 95', 95, undefined, null, 'toString', '__proto__'])
      expect(isAllowanceReasonCode(other), String(other)).toBe(false);
  });
});
