/**
 * Exact decimal arithmetic for money and quantities (bigint inside, decimal strings outside).
 *
 * @module @fatoora/core/money
 */
export {
  addDecimals,
  compareDecimals,
  type Decimal,
  decimal,
  divideDecimals,
  formatDecimal,
  isZeroDecimal,
  multiplyDecimals,
  negateDecimal,
  type RoundingMode,
  roundDecimal,
  subtractDecimals,
  sumDecimals,
} from './decimal.ts';
