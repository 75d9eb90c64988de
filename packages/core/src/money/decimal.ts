/**
 * Exact decimal numbers for money and quantities: a bigint coefficient and a count of fractional
 * digits, so that 0.1 + 0.2 is 0.3 and 15% of 20000.50 is exactly 3000.075 before it is rounded
 * (to 3000.08) in one documented place. Amounts enter and leave as decimal strings; no value
 * ever passes through a JavaScript number (conventions: "money never passes through a float").
 */
import { InputError } from '../errors/input-error.ts';

/** An exact decimal: `coefficient × 10^-scale`. Immutable; build one with {@link decimal}. */
export interface Decimal {
  /** The digits as a whole number, sign included: `12.50` is 1250n at scale 2. */
  readonly coefficient: bigint;
  /** Digits after the decimal point (0 or more). */
  readonly scale: number;
}

/** An amount given as a decimal string (`"12.50"`) or a {@link Decimal}. */
export type DecimalInput = string | Decimal;

/** How {@link roundDecimal} resolves a tie. */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const TEN = 10n;

/**
 * Reads a decimal string (`"20000.50"`, `"-3"`, `"0.333"`), a bigint (a whole number) or a
 * Decimal. Exponents, thousands separators, spaces and JavaScript numbers are refused: a number
 * may already have lost precision before it got here.
 *
 * @param field - names the input in the error, e.g. `lines[2].quantity`.
 * @throws {InputError} rule `decimal-format` for anything else.
 * @example
 * ```ts
 * formatDecimal(addDecimals(decimal('0.1'), decimal('0.2'))); // '0.3'
 * ```
 */
export function decimal(value: string | bigint | Decimal, field = 'amount'): Decimal {
  if (typeof value === 'bigint') return { coefficient: value, scale: 0 };
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof value.coefficient === 'bigint' &&
    Number.isInteger(value.scale) &&
    value.scale >= 0
  ) {
    return value;
  }
  const match = typeof value === 'string' ? DECIMAL_TEXT.exec(value) : null;
  if (!match) {
    throw new InputError(
      field,
      'decimal-format',
      `${field} must be a decimal string such as "1234.50", got ${describe(value)}.`,
    );
  }
  const [, sign, whole, fraction = ''] = match;
  const coefficient = BigInt(`${whole}${fraction}`);
  return { coefficient: sign === '-' ? -coefficient : coefficient, scale: fraction.length };
}

/**
 * Writes a decimal as a plain string with at least `minScale` fractional digits (padding with
 * zeros, never rounding: round first with {@link roundDecimal}).
 *
 * @example
 * ```ts
 * formatDecimal(decimal('3000.075')); // '3000.075'
 * formatDecimal(decimal('12'), 2); // '12.00'
 * ```
 */
export function formatDecimal(value: Decimal, minScale = 0): string {
  const { coefficient, scale } = value.scale < minScale ? rescale(value, minScale) : value;
  const negative = coefficient < 0n;
  const digits = (negative ? -coefficient : coefficient).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** a + b, exact. */
export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { coefficient: rescale(a, scale).coefficient + rescale(b, scale).coefficient, scale };
}

/** a − b, exact. */
export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return addDecimals(a, negateDecimal(b));
}

/** a × b, exact (the scales add up). */
export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, scale: a.scale + b.scale };
}

/** −a. */
export function negateDecimal(a: Decimal): Decimal {
  return { coefficient: -a.coefficient, scale: a.scale };
}

/** The sum of any number of decimals (0 for none). */
export function sumDecimals(values: Iterable<Decimal>): Decimal {
  let total: Decimal = { coefficient: 0n, scale: 0 };
  for (const value of values) total = addDecimals(total, value);
  return total;
}

/** −1, 0 or 1 as a is less than, equal to or greater than b (whatever their scales). */
export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const difference = rescale(a, scale).coefficient - rescale(b, scale).coefficient;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/**
 * Rounds to `places` fractional digits. `half-up` rounds ties away from zero (2.345 → 2.35,
 * −2.345 → −2.35), the commercial rounding ZATCA's examples use; `half-even` is banker's
 * rounding; `down` truncates toward zero; `up` rounds away from zero.
 *
 * @example
 * ```ts
 * formatDecimal(roundDecimal(decimal('3000.075'), 2)); // '3000.08'
 * ```
 */
export function roundDecimal(value: Decimal, places: number, mode: RoundingMode = 'half-up'): Decimal {
  if (value.scale <= places) return rescale(value, places);
  const divisor = TEN ** BigInt(value.scale - places);
  return { coefficient: divideRounded(value.coefficient, divisor, mode), scale: places };
}

/**
 * a ÷ b rounded to `places` fractional digits (the quotient may not terminate, e.g. 10 ÷ 3).
 *
 * @throws {RangeError} when b is zero.
 * @example
 * ```ts
 * formatDecimal(divideDecimals(decimal('10'), decimal('3'), 2)); // '3.33'
 * ```
 */
export function divideDecimals(
  a: Decimal,
  b: Decimal,
  places: number,
  mode: RoundingMode = 'half-up',
): Decimal {
  if (b.coefficient === 0n) throw new RangeError('division by zero');
  // a/b = (a.c / 10^a.s) / (b.c / 10^b.s); scaled by 10^places it is the exact fraction below.
  const numerator = a.coefficient * TEN ** BigInt(places + b.scale);
  const denominator = b.coefficient * TEN ** BigInt(a.scale);
  return { coefficient: divideRounded(numerator, denominator, mode), scale: places };
}

/** Whether a decimal is zero. */
export function isZeroDecimal(value: Decimal): boolean {
  return value.coefficient === 0n;
}

/** numerator ÷ denominator as an integer, rounded per `mode` (the one place ties are decided). */
function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  const remainder = n % d;
  if (remainder !== 0n) {
    const twice = remainder * 2n;
    const roundAway =
      mode === 'up' ||
      (mode === 'half-up' && twice >= d) ||
      (mode === 'half-even' && (twice > d || (twice === d && quotient % 2n === 1n)));
    if (roundAway) quotient += 1n;
  }
  return negative ? -quotient : quotient;
}

/** The same value written with `scale` fractional digits (only ever adds zeros). */
function rescale(value: Decimal, scale: number): Decimal {
  if (scale === value.scale) return value;
  if (scale < value.scale) throw new RangeError('rescale would lose digits; use roundDecimal');
  return { coefficient: value.coefficient * TEN ** BigInt(scale - value.scale), scale };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return `the number ${value} (pass a string: numbers lose precision)`;
  return value === null ? 'null' : typeof value;
}
