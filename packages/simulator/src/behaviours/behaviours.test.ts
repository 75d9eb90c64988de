import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_NAMES, BEHAVIOURS, behaviourValues, DEFAULT_BEHAVIOURS } from './behaviour-table.ts';
import { BehaviourSwitches, checkBehaviourPatch, parseBehaviourAssignment } from './behaviours.ts';
import { behaviourHelpLines, behaviourTableMarkdown, README_MARKERS } from './render-behaviours.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the behaviour table', () => {
  it('is the table in the README, word for word (npx tsx packages/simulator/scripts/write-readme-behaviours.ts rewrites it)', () => {
    const start = readme.indexOf(README_MARKERS.start);
    const end = readme.indexOf(README_MARKERS.end);
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(start + README_MARKERS.start.length, end).trim()).toBe(behaviourTableMarkdown());
  });

  it('gives every behaviour a question, a source with a trust tag or a stated absence of one, and a default among its values', () => {
    for (const name of BEHAVIOUR_NAMES) {
      const definition = BEHAVIOURS[name];
      expect(definition.question, name).not.toBe('');
      expect(definition.source, name).toMatch(
        /\[(OAS|SPEC|SDK|LIVE|CODE|OBS|RPT)\b|no evidence|unknown|placeholder/,
      );
      const values = behaviourValues(name);
      if (values !== undefined) expect(values[0], name).toBe(definition.default);
      expect(DEFAULT_BEHAVIOURS[name]).toBe(definition.default);
    }
  });

  it("puts a behaviour's default first among its values, number-like ones included", () => {
    expect(behaviourValues('renewal')).toEqual(['issued', '428']);
    expect(behaviourValues('duplicate-clearance')).toEqual(['208', '409']);
    expect(behaviourValues('expired-otp-code')).toBeUndefined();
  });

  it('lists every behaviour in the help, one assignment each', () => {
    const text = behaviourHelpLines().join('\n');
    for (const name of BEHAVIOUR_NAMES) expect(text).toContain(`      ${name}=`);
  });
});

describe('behaviour settings', () => {
  it('takes known values and texts, and lists every problem of a bad change', () => {
    expect(checkBehaviourPatch({ renewal: '428', 'expired-otp-message': 'Expired' })).toEqual([]);
    expect(
      checkBehaviourPatch({ renewal: 428, clearance: 'maybe', nope: 'x', 'expired-otp-code': ' ' }),
    ).toEqual([
      'renewal must be issued or 428, not 428.',
      'clearance must be on or off, not "maybe".',
      expect.stringMatching(/^Unknown behaviour "nope"/),
      'expired-otp-code must be a text of 1 to 500 characters.',
    ]);
    expect(checkBehaviourPatch([])).toEqual(['The behaviours must be a JSON object.']);
  });

  it('reads --behaviour assignments, and refuses malformed ones', () => {
    expect(parseBehaviourAssignment('pih-chain=chain-warning')).toEqual({ 'pih-chain': 'chain-warning' });
    expect(parseBehaviourAssignment('expired-otp-message=OTP = expired')).toEqual({
      'expired-otp-message': 'OTP = expired',
    });
    expect(() => parseBehaviourAssignment('renewal')).toThrow('--behaviour takes <name>=<value>');
    expect(() => parseBehaviourAssignment('=428')).toThrow('--behaviour takes <name>=<value>');
    expect(() => parseBehaviourAssignment('renewal=soon')).toThrow('renewal must be issued or 428');
  });

  it('changes, keeps and resets the live settings, refusing an invalid change whole', () => {
    const switches = new BehaviourSwitches({ renewal: '428' });
    expect(switches.settings).toEqual({ ...DEFAULT_BEHAVIOURS, renewal: '428' });
    switches.set({ clearance: 'off' });
    expect(() => switches.set({ clearance: 'on', renewal: 'x' as '428' })).toThrow(TypeError);
    expect(switches.settings).toMatchObject({ renewal: '428', clearance: 'off' });
    expect(switches.reset()).toEqual(DEFAULT_BEHAVIOURS);
    expect(() => new BehaviourSwitches({ language: 'fr' as 'english' })).toThrow(TypeError);
  });
});
