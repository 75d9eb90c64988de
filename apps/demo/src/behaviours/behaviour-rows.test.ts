import { BEHAVIOURS, DEFAULT_BEHAVIOURS } from '@fatoora/simulator';
import { describe, expect, it } from 'vitest';
import { changedBehaviours, readBehaviourSettings, readBehaviourTable } from './behaviour-rows.ts';

/** The table as it reaches the browser: through JSON, which lists number-like keys first. */
const wireTable = () => JSON.parse(JSON.stringify(BEHAVIOURS)) as unknown;

describe('readBehaviourTable', () => {
  it("reads the simulator's table into one row per behaviour, in the table's order", () => {
    const rows = readBehaviourTable(wireTable());
    expect(rows.map((row) => row.name)).toEqual(Object.keys(BEHAVIOURS));
    for (const row of rows) {
      expect(row.question).toBe(BEHAVIOURS[row.name as keyof typeof BEHAVIOURS].question);
      expect(row.default).toBe(DEFAULT_BEHAVIOURS[row.name as keyof typeof DEFAULT_BEHAVIOURS]);
    }
  });

  it('puts the default first and marks it, even where JSON moved a number-like value ahead of it', () => {
    const rows = readBehaviourTable(wireTable());
    const renewal = rows.find((row) => row.name === 'renewal');
    expect(Object.keys((wireTable() as Record<string, { values: object }>).renewal!.values)).toEqual([
      '428',
      'issued',
    ]);
    expect(
      renewal?.kind === 'choice' && renewal.options.map(({ value, isDefault }) => [value, isDefault]),
    ).toEqual([
      ['issued', true],
      ['428', false],
    ]);
    const duplicate = rows.find((row) => row.name === 'duplicate-clearance');
    expect(duplicate?.kind === 'choice' && duplicate.options.map((option) => option.value)).toEqual([
      '208',
      '409',
    ]);
    expect(duplicate?.kind === 'choice' && duplicate.options[1]?.explanation).toContain('409 `NOT_CLEARED`');
  });

  it('reads the free-text behaviours with what their text is for', () => {
    const message = readBehaviourTable(wireTable()).find((row) => row.name === 'expired-otp-message');
    expect(message).toMatchObject({
      kind: 'text',
      default: 'The provided OTP is expired',
      usage: 'The `message` of the 400.',
    });
  });

  it('gives each row the trust tags its source cites', () => {
    const rows = readBehaviourTable(wireTable());
    expect(rows.find((row) => row.name === 'duplicate-clearance')?.tags).toEqual(['OAS', 'RPT']);
    expect(rows.find((row) => row.name === 'simplified-on-clearance')?.tags).toEqual([]);
  });

  it('refuses an answer that is not a behaviour table', () => {
    expect(() => readBehaviourTable([])).toThrow('not a JSON object');
    expect(() => readBehaviourTable({ renewal: 'issued' })).toThrow('Behaviour renewal is not an object');
    expect(() => readBehaviourTable({ renewal: { question: 'q', default: 'issued', values: {} } })).toThrow(
      'source is not a text',
    );
    expect(() =>
      readBehaviourTable({
        renewal: { question: 'q', default: 'never', source: 's', values: { issued: 'x' } },
      }),
    ).toThrow('its default never is not one of its values');
    expect(() =>
      readBehaviourTable({
        renewal: { question: 'q', default: 'issued', source: 's', values: { issued: 1 } },
      }),
    ).toThrow('issued is not a text');
    expect(() => readBehaviourTable({ code: { question: 'q', default: 'x', source: 's' } })).toThrow(
      'text is not a text',
    );
  });
});

describe('readBehaviourSettings', () => {
  it('takes an object of texts and refuses anything else', () => {
    expect(readBehaviourSettings({ renewal: '428' })).toEqual({ renewal: '428' });
    expect(() => readBehaviourSettings({ renewal: 428 })).toThrow('not an object of texts');
    expect(() => readBehaviourSettings(null)).toThrow('not an object of texts');
  });
});

describe('changedBehaviours', () => {
  it('names the behaviours set away from their default', () => {
    const rows = readBehaviourTable(wireTable());
    expect(changedBehaviours(rows, DEFAULT_BEHAVIOURS)).toEqual([]);
    expect(
      changedBehaviours(rows, {
        ...DEFAULT_BEHAVIOURS,
        'duplicate-clearance': '409',
        'expired-otp-code': 'X',
      }),
    ).toEqual(['duplicate-clearance', 'expired-otp-code']);
  });
});
