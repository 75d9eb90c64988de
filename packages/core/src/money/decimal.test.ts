import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/input-error.ts';
import {
  addDecimals,
  compareDecimals,
  type Decimal,
  decimal,
  divideDecimals,
  formatDecimal,
  isZeroDecimal,
  multiplyDecimals,
  roundDecimal,
  subtractDecimals,
  sumDecimals,
} from './decimal.ts';

const text = (value: Decimal, scale = 0) => formatDecimal(value, scale);
const arbitraryDecimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
  .map(([coefficient, scale]): Decimal => ({ coefficient, scale }));

describe('decimal', () => {
  it('reads and writes decimal strings exactly', () => {
    for (const value of ['0', '-0.5', '20000.50', '0.333', '123456789012345678901234567890.123456789']) {
      expect(text(decimal(value))).toBe(value);
    }
    expect(text(decimal('12'), 2)).toBe('12.00');
    expect(text(decimal('+7.1'))).toBe('7.1');
    expect(text(decimal(5n))).toBe('5');
  });

  it('refuses numbers, exponents and malformed text, naming the field', () => {
    for (const bad of [1.5, '1e3', '1,000', ' 1', '1.', '.5', '', 'NaN', null, undefined]) {
      expect(() => decimal(bad as string, 'lines[0].price')).toThrow(
        expect.objectContaining({ field: 'lines[0].price', rule: 'decimal-format' }),
      );
    }
    expect(() => decimal(1.5 as unknown as string)).toThrow(InputError);
  });

  it('adds without floating-point error', () => {
    expect(text(addDecimals(decimal('0.1'), decimal('0.2')))).toBe('0.3');
    expect(text(subtractDecimals(decimal('1'), decimal('0.999')))).toBe('0.001');
    expect(text(sumDecimals(Array.from({ length: 3 }, () => decimal('0.333'))))).toBe('0.999');
    expect(text(sumDecimals([]))).toBe('0');
  });

  it('computes 15% of 20000.50 as 3000.075 and rounds it to 3000.08', () => {
    const vat = multiplyDecimals(decimal('20000.50'), decimal('0.15'));
    expect(text(vat)).toBe('3000.0750');
    expect(text(roundDecimal(vat, 2))).toBe('3000.08');
  });

  it('rounds ties per mode', () => {
    const cases: [string, Parameters<typeof roundDecimal>[2], string][] = [
      ['2.345', 'half-up', '2.35'],
      ['-2.345', 'half-up', '-2.35'],
      ['2.344', 'half-up', '2.34'],
      ['2.345', 'half-even', '2.34'],
      ['2.355', 'half-even', '2.36'],
      ['2.349', 'down', '2.34'],
      ['-2.349', 'down', '-2.34'],
      ['2.341', 'up', '2.35'],
      ['2.3', 'half-up', '2.30'],
    ];
    for (const [value, mode, expected] of cases)
      expect(text(roundDecimal(decimal(value), 2, mode)), `${value} ${mode}`).toBe(expected);
  });

  it('compares across scales', () => {
    expect(compareDecimals(decimal('1.50'), decimal('1.5'))).toBe(0);
    expect(compareDecimals(decimal('-1'), decimal('0.001'))).toBe(-1);
    expect(isZeroDecimal(decimal('0.000'))).toBe(true);
  });

  it('round-trips through text and keeps arithmetic laws (property)', () => {
    fc.assert(
      fc.property(arbitraryDecimal, arbitraryDecimal, (a, b) => {
        expect(compareDecimals(decimal(text(a)), a)).toBe(0);
        expect(compareDecimals(addDecimals(a, b), addDecimals(b, a))).toBe(0);
        expect(compareDecimals(subtractDecimals(addDecimals(a, b), b), a)).toBe(0);
        expect(compareDecimals(multiplyDecimals(a, b), multiplyDecimals(b, a))).toBe(0);
      }),
    );
  });

  it('rounds half-up to the nearest value, ties away from zero (property)', () => {
    fc.assert(
      fc.property(arbitraryDecimal, fc.integer({ min: 0, max: 4 }), (value, places) => {
        const rounded = roundDecimal(value, places);
        const error = subtractDecimals(value, rounded);
        const half = { coefficient: 5n, scale: places + 1 };
        const magnitude = error.coefficient < 0n ? { ...error, coefficient: -error.coefficient } : error;
        expect(compareDecimals(magnitude, half)).toBeLessThanOrEqual(0);
        if (compareDecimals(magnitude, half) === 0) {
          // A tie went away from zero: the rounded value is at least as large in magnitude.
          expect(Math.sign(Number(error.coefficient))).toBe(-Math.sign(Number(value.coefficient)));
        }
      }),
    );
  });
});

describe('divideDecimals', () => {
  it('divides and rounds once', () => {
    expect(formatDecimal(divideDecimals(decimal('10'), decimal('3'), 2))).toBe('3.33');
    expect(formatDecimal(divideDecimals(decimal('20'), decimal('3'), 2))).toBe('6.67');
    expect(formatDecimal(divideDecimals(decimal('-20'), decimal('3'), 2))).toBe('-6.67');
    expect(formatDecimal(divideDecimals(decimal('1.005'), decimal('1'), 2))).toBe('1.01');
    expect(formatDecimal(divideDecimals(decimal('99.00'), decimal('0.5'), 2))).toBe('198.00');
    expect(() => divideDecimals(decimal('1'), decimal('0'), 2)).toThrow(RangeError);
  });

  it('returns the nearest value at the given places: |a − q·b| ≤ ½·10^-places·|b| (property)', () => {
    fc.assert(
      fc.property(
        arbitraryDecimal,
        fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }).filter((b) => b !== 0n),
        fc.integer({ min: 0, max: 4 }),
        (a, b, places) => {
          const divisor = { coefficient: b, scale: 0 };
          const quotient = divideDecimals(a, divisor, places);
          expect(quotient.scale).toBe(places);
          const error = subtractDecimals(a, multiplyDecimals(quotient, divisor));
          const bound = multiplyDecimals(
            { coefficient: b < 0n ? -b : b, scale: 0 },
            { coefficient: 5n, scale: places + 1 },
          );
          const magnitude = {
            coefficient: error.coefficient < 0n ? -error.coefficient : error.coefficient,
            scale: error.scale,
          };
          expect(compareDecimals(magnitude, bound)).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
