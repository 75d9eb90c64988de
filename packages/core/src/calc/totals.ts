/**
 * The tax engine: every amount of an invoice computed the way EN 16931 and ZATCA's rules define
 * it, in exact decimals, with the one rounding rule of this project applied in one place
 * ({@link roundAmount}: two decimals, half away from zero) — each line's net amount (BR-KSA-EN16931-11)
 * and VAT (KSA-11, BR-KSA-50) and their sum (KSA-12, BR-KSA-51); the VAT breakdown per category
 * and rate (BT-116/BT-117, BR-CO-17); and the document totals (BR-CO-10 … BR-CO-16): line
 * extension, allowances, charges, tax exclusive, VAT, tax inclusive, prepaid and payable amounts.
 * ZATCA's rules accept ±0.01 around several of these; computing exactly and rounding once keeps
 * every amount at the centre of that window.
 */
import { InputError } from '../errors/input-error.ts';
import { isTaxCategoryCode, type TaxCategoryCode } from '../model/tax-categories.ts';
import {
  addDecimals,
  compareDecimals,
  type Decimal,
  type DecimalInput,
  decimal,
  divideDecimals,
  multiplyDecimals,
  negateDecimal,
  roundDecimal,
  subtractDecimals,
  sumDecimals,
} from '../money/decimal.ts';

export type { DecimalInput } from '../money/decimal.ts';

/** What the engine needs of an invoice line. */
export interface LineAmountsInput {
  /** BT-129, invoiced quantity. */
  readonly quantity: DecimalInput;
  /** BT-146, item net price. */
  readonly price: DecimalInput;
  /** BT-149, the quantity the price is for (default 1). */
  readonly baseQuantity?: DecimalInput;
  /** BT-136, line allowance amounts. */
  readonly allowances?: readonly DecimalInput[];
  /** BT-141, line charge amounts. */
  readonly charges?: readonly DecimalInput[];
  /** BT-151. */
  readonly taxCategory: TaxCategoryCode;
  /** BT-152, percent (`"15"`). */
  readonly taxRate: DecimalInput;
}

/** A document-level allowance or charge (BT-92/BT-99 with BT-95/BT-102 and BT-96/BT-103). */
export interface AdjustmentInput {
  /** BT-92 or BT-99, without VAT: subtracted from (allowance) or added to (charge) its category. */
  readonly amount: DecimalInput;
  /** BT-95 or BT-102: the breakdown entry whose taxable amount it changes. */
  readonly taxCategory: TaxCategoryCode;
  /** BT-96 or BT-103, percent: with the category, it picks the breakdown entry. */
  readonly taxRate: DecimalInput;
}

/** An advance payment settled by this invoice (KSA-31 taxable amount, in its category and rate). */
export interface PrepaymentInput {
  /** KSA-31, the amount prepaid without VAT. */
  readonly taxableAmount: DecimalInput;
  /** KSA-33, the category the advance was taxed in. */
  readonly taxCategory: TaxCategoryCode;
  /** KSA-34, percent: the rate that applied when the advance was received. */
  readonly taxRate: DecimalInput;
}

/** The amounts of a whole document. */
export interface TotalsInput {
  /** The invoice lines (BG-25), in document order; the result's `lines` follow it. */
  readonly lines: readonly LineAmountsInput[];
  /** Document-level allowances (BG-20): they lower the tax exclusive amount and their category. */
  readonly allowances?: readonly AdjustmentInput[];
  /** Document-level charges (BG-21): they raise the tax exclusive amount and their category. */
  readonly charges?: readonly AdjustmentInput[];
  /** Advance payments this invoice settles: with their VAT, they make up the prepaid amount (BT-113). */
  readonly prepayments?: readonly PrepaymentInput[];
  /** BT-114, payable rounding amount. */
  readonly payableRoundingAmount?: DecimalInput;
}

/** One line's computed amounts. */
export interface LineTotals {
  /** BT-131. */
  readonly netAmount: Decimal;
  /** KSA-11. */
  readonly vatAmount: Decimal;
  /** KSA-12. */
  readonly amountWithVat: Decimal;
}

/** One VAT breakdown entry (BG-23). */
export interface TaxBreakdownEntry {
  /** BT-118: the entries group lines and adjustments by category and rate. */
  readonly taxCategory: TaxCategoryCode;
  /** BT-119, as given on the first line or adjustment of the group. */
  readonly taxRate: Decimal;
  /** BT-116. */
  readonly taxableAmount: Decimal;
  /** BT-117. */
  readonly taxAmount: Decimal;
}

/** One settled advance payment's amounts (KSA-31, KSA-32). */
export interface PrepaymentTotals {
  /** KSA-31, the prepaid amount without VAT, rounded to two decimals. */
  readonly taxableAmount: Decimal;
  /** KSA-32, its VAT at the prepayment's rate (BR-KSA-79). */
  readonly taxAmount: Decimal;
}

/** Everything the engine computes. Every amount has two decimals. */
export interface InvoiceTotals {
  /** Each line's amounts, in the order of the input's lines. */
  readonly lines: readonly LineTotals[];
  /** In the order of the input's prepayments. */
  readonly prepayments: readonly PrepaymentTotals[];
  /** BG-23, the VAT breakdown: one entry per category and rate, in first-use order. */
  readonly breakdown: readonly TaxBreakdownEntry[];
  /** BT-106. */
  readonly lineExtensionAmount: Decimal;
  /** BT-107. */
  readonly allowanceTotalAmount: Decimal;
  /** BT-108. */
  readonly chargeTotalAmount: Decimal;
  /** BT-109. */
  readonly taxExclusiveAmount: Decimal;
  /** BT-110. */
  readonly taxAmount: Decimal;
  /** BT-112. */
  readonly taxInclusiveAmount: Decimal;
  /** BT-113: the prepayments with their VAT. */
  readonly prepaidAmount: Decimal;
  /** BT-114. */
  readonly payableRoundingAmount: Decimal;
  /** BT-115. */
  readonly payableAmount: Decimal;
}

const HUNDRED: Decimal = { coefficient: 100n, scale: 0 };
const ZERO: Decimal = { coefficient: 0n, scale: 0 };

/** The rounding rule of this project: two decimals, ties away from zero. */
export function roundAmount(value: Decimal): Decimal {
  return roundDecimal(value, 2, 'half-up');
}

/**
 * Computes a line's net amount, VAT and amount with VAT.
 *
 * @throws {InputError} naming the field (`lines[i].quantity`…) for a malformed amount, a zero base
 * quantity or an unknown category.
 * @example
 * ```ts
 * computeLineTotals({ quantity: '33', price: '3.00', taxCategory: 'S', taxRate: '15' });
 * // { netAmount: 99.00, vatAmount: 14.85, amountWithVat: 113.85 }
 * ```
 */
export function computeLineTotals(line: LineAmountsInput, path = 'line'): LineTotals {
  const quantity = decimal(line.quantity, `${path}.quantity`);
  const price = decimal(line.price, `${path}.price`);
  const baseQuantity =
    line.baseQuantity === undefined ? undefined : decimal(line.baseQuantity, `${path}.baseQuantity`);
  if (baseQuantity && compareDecimals(baseQuantity, ZERO) === 0) {
    throw new InputError(
      `${path}.baseQuantity`,
      'BR-KSA-EN16931-11',
      'The price base quantity must not be zero.',
    );
  }
  const rate = taxRate(line.taxCategory, line.taxRate, path);
  // BR-KSA-EN16931-11: quantity × (price ÷ base quantity) + charges − allowances.
  const gross = baseQuantity
    ? divideDecimals(multiplyDecimals(quantity, price), baseQuantity, 2)
    : roundAmount(multiplyDecimals(quantity, price));
  const charges = sumDecimals(
    (line.charges ?? []).map((amount, index) => decimal(amount, `${path}.charges[${index}]`)),
  );
  const allowances = sumDecimals(
    (line.allowances ?? []).map((amount, index) => decimal(amount, `${path}.allowances[${index}]`)),
  );
  const netAmount = roundAmount(subtractDecimals(addDecimals(gross, charges), allowances));
  const vatAmount = vatOf(netAmount, rate); // BR-KSA-50
  return { netAmount, vatAmount, amountWithVat: addDecimals(netAmount, vatAmount) }; // BR-KSA-51
}

/**
 * Computes every amount of a document.
 *
 * @throws {InputError} naming the field for a malformed amount or an unknown category.
 * @example
 * ```ts
 * const totals = computeTotals({ lines: [{ quantity: '1', price: '20000.50', taxCategory: 'S', taxRate: '15' }] });
 * formatDecimal(totals.taxAmount, 2); // '3000.08'
 * ```
 */
export function computeTotals(input: TotalsInput): InvoiceTotals {
  if (typeof input !== 'object' || input === null || !Array.isArray(input.lines)) {
    throw new InputError('lines', 'required', 'computeTotals needs { lines: [...] }.');
  }
  const lines = input.lines.map((line, index) => computeLineTotals(line, `lines[${index}]`));
  const groups = new Map<string, { taxCategory: TaxCategoryCode; taxRate: Decimal; taxable: Decimal }>();
  const addToGroup = (taxCategory: TaxCategoryCode, rate: Decimal, amount: Decimal) => {
    const key = `${taxCategory}|${rateKey(rate)}`;
    const group = groups.get(key) ?? { taxCategory, taxRate: rate, taxable: ZERO };
    groups.set(key, { ...group, taxable: addDecimals(group.taxable, amount) });
  };
  input.lines.forEach((line, index) => {
    addToGroup(
      line.taxCategory,
      taxRate(line.taxCategory, line.taxRate, `lines[${index}]`),
      lines[index]!.netAmount,
    );
  });
  const adjustments = (list: readonly AdjustmentInput[] | undefined, name: string, sign: 1 | -1) =>
    (list ?? []).map((adjustment, index) => {
      const path = `${name}[${index}]`;
      const amount = roundAmount(decimal(adjustment.amount, `${path}.amount`));
      const rate = taxRate(adjustment.taxCategory, adjustment.taxRate, path);
      addToGroup(adjustment.taxCategory, rate, sign === 1 ? amount : negateDecimal(amount));
      return amount;
    });
  const allowanceTotalAmount = roundAmount(sumDecimals(adjustments(input.allowances, 'allowances', -1)));
  const chargeTotalAmount = roundAmount(sumDecimals(adjustments(input.charges, 'charges', 1)));

  // BR-CO-17: each category's VAT is its taxable amount times its rate, rounded once.
  const breakdown = [...groups.values()].map(({ taxCategory, taxRate: rate, taxable }) => {
    const taxableAmount = roundAmount(taxable);
    return { taxCategory, taxRate: rate, taxableAmount, taxAmount: vatOf(taxableAmount, rate) };
  });

  const prepayments = (input.prepayments ?? []).map((prepayment, index) => {
    const path = `prepayments[${index}]`;
    const taxableAmount = roundAmount(decimal(prepayment.taxableAmount, `${path}.taxableAmount`));
    const rate = taxRate(prepayment.taxCategory, prepayment.taxRate, path);
    return { taxableAmount, taxAmount: vatOf(taxableAmount, rate) }; // BR-KSA-79
  });
  // BR-KSA-80: the prepaid amount is the prepayments' taxable amounts plus their VAT.
  const prepaidAmount = roundAmount(
    sumDecimals(prepayments.map((prepayment) => addDecimals(prepayment.taxableAmount, prepayment.taxAmount))),
  );
  const lineExtensionAmount = roundAmount(sumDecimals(lines.map((line) => line.netAmount))); // BR-CO-10
  const taxExclusiveAmount = addDecimals(
    subtractDecimals(lineExtensionAmount, allowanceTotalAmount),
    chargeTotalAmount,
  ); // BR-CO-13
  const taxAmount = roundAmount(sumDecimals(breakdown.map((entry) => entry.taxAmount))); // BR-CO-14
  const taxInclusiveAmount = addDecimals(taxExclusiveAmount, taxAmount); // BR-CO-15
  const payableRoundingAmount = roundAmount(
    input.payableRoundingAmount === undefined
      ? ZERO
      : decimal(input.payableRoundingAmount, 'payableRoundingAmount'),
  );
  // BR-CO-16: payable = tax inclusive − prepaid + rounding.
  const payableAmount = addDecimals(
    subtractDecimals(taxInclusiveAmount, prepaidAmount),
    payableRoundingAmount,
  );
  return {
    lines,
    prepayments,
    breakdown,
    lineExtensionAmount,
    allowanceTotalAmount,
    chargeTotalAmount,
    taxExclusiveAmount,
    taxAmount,
    taxInclusiveAmount,
    prepaidAmount,
    payableRoundingAmount,
    payableAmount,
  };
}

function vatOf(amount: Decimal, rate: Decimal): Decimal {
  return roundAmount(divideDecimals(multiplyDecimals(amount, rate), HUNDRED, 10));
}

function taxRate(category: unknown, rate: DecimalInput, path: string): Decimal {
  if (!isTaxCategoryCode(category)) {
    throw new InputError(
      `${path}.taxCategory`,
      'BR-CL-18',
      `The VAT category must be S, Z, E or O, got ${JSON.stringify(category)}.`,
    );
  }
  return decimal(rate, `${path}.taxRate`);
}

/** A rate's value without trailing zeros, so 15, 15.0 and 15.00 group together. */
function rateKey(rate: Decimal): string {
  let { coefficient, scale } = rate;
  while (scale > 0 && coefficient % 10n === 0n) {
    coefficient /= 10n;
    scale--;
  }
  return `${coefficient}e-${scale}`;
}
