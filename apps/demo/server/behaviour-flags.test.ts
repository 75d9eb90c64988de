import { BEHAVIOURS } from '@fatoora/simulator';
import { describe, expect, it } from 'vitest';
import { behaviourFlagLines, parseBehaviourFlags } from './behaviour-flags.ts';

describe('parseBehaviourFlags', () => {
  it('reads name=value assignments, the last one of a behaviour winning, a text value whole', () => {
    expect(
      parseBehaviourFlags([
        'duplicate-clearance=208',
        'renewal=428',
        'duplicate-clearance=409',
        'expired-otp-message=OTP = expired',
      ]),
    ).toEqual({ 'duplicate-clearance': '409', renewal: '428', 'expired-otp-message': 'OTP = expired' });
    expect(parseBehaviourFlags([])).toEqual({});
  });

  it("refuses what the simulator's table does not take, saying what it does", () => {
    expect(() => parseBehaviourFlags(['duplicate-clearance'])).toThrow('--behaviour takes <name>=<value>');
    expect(() => parseBehaviourFlags(['=409'])).toThrow('--behaviour takes <name>=<value>');
    expect(() => parseBehaviourFlags(['duplicate-clearance=410'])).toThrow('208 or 409');
    expect(() => parseBehaviourFlags(['duplicate=409'])).toThrow('Unknown behaviour "duplicate"');
    expect(() => parseBehaviourFlags(['expired-otp-code='])).toThrow('expired-otp-code must be a text');
  });
});

describe('behaviourFlagLines', () => {
  it('lists every behaviour with its values, the default first, or <text>', () => {
    const lines = behaviourFlagLines('  ');
    expect(lines).toHaveLength(Object.keys(BEHAVIOURS).length);
    expect(lines).toContain('  duplicate-clearance=208|409');
    expect(lines).toContain('  renewal=issued|428');
    expect(lines).toContain('  expired-otp-code=<text>');
  });
});
