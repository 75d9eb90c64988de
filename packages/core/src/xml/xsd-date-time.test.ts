import { describe, expect, it } from 'vitest';
import { parseXsdDateTime, xsdInstant } from './xsd-date-time.ts';

describe('parseXsdDateTime', () => {
  it('reads ZATCA’s zone-less form, Z, offsets and fractional seconds', () => {
    expect(parseXsdDateTime('2025-05-25T14:18:04')).toEqual({
      year: 2025,
      month: 5,
      day: 25,
      hour: 14,
      minute: 18,
      second: 4,
      fraction: '',
      offsetMinutes: undefined,
    });
    expect(parseXsdDateTime('2025-05-25T14:18:04Z')?.offsetMinutes).toBe(0);
    expect(parseXsdDateTime('2025-05-25T14:18:04+03:00')?.offsetMinutes).toBe(180);
    expect(parseXsdDateTime('2025-05-25T14:18:04-05:30')?.offsetMinutes).toBe(-330);
    expect(parseXsdDateTime(' 2025-05-25T14:18:04.120Z\n')?.fraction).toBe('120');
    expect(parseXsdDateTime('2024-02-29T00:00:00')).toBeDefined();
  });

  it('refuses what is not a real date and time, or not an xsd:dateTime', () => {
    for (const text of [
      '',
      'the first of May',
      '2025-05-25',
      '2025-05-25 14:18:04',
      '2025-05-25T14:18',
      '2025-02-29T00:00:00',
      '2025-02-30T00:00:00Z',
      '2025-04-31T00:00:00',
      '2025-13-01T00:00:00',
      '2025-00-01T00:00:00',
      '2025-01-01T24:00:00',
      '2025-01-01T23:60:00',
      '2025-01-01T23:00:60',
      '2025-01-01T10:00:00+15:00',
      '2025-01-01T10:00:00+03:60',
      '2025-01-01T10:00:00z',
      '2025-01-01T10:00:00.Z',
      '-2025-01-01T10:00:00',
      '12025-01-01T10:00:00',
    ]) {
      expect(parseXsdDateTime(text), text).toBeUndefined();
    }
  });
});

describe('xsdInstant', () => {
  it('honours the zone written and reads a zone-less time in the zone given', () => {
    const at = (text: string, zoneless = 0) => xsdInstant(parseXsdDateTime(text)!, zoneless).toISOString();
    expect(at('2025-05-25T14:18:04')).toBe('2025-05-25T14:18:04.000Z');
    expect(at('2025-05-25T14:18:04', 180)).toBe('2025-05-25T11:18:04.000Z');
    expect(at('2025-05-25T14:18:04Z', 180)).toBe('2025-05-25T14:18:04.000Z');
    expect(at('2025-05-25T17:18:04+03:00')).toBe('2025-05-25T14:18:04.000Z');
    expect(at('2025-01-01T01:00:00+03:00')).toBe('2024-12-31T22:00:00.000Z');
    expect(at('2025-05-25T14:18:04.1239Z')).toBe('2025-05-25T14:18:04.123Z');
    expect(at('0050-01-01T00:00:00Z')).toBe('0050-01-01T00:00:00.000Z');
  });
});
