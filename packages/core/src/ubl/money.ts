/**
 * How the builder writes an amount: two decimals (BR-DEC-*, BR-KSA-DEC-*) and the document
 * currency in `currencyID` (BR-KSA-CL-02), except where a caller names SAR for BT-111.
 */
import type { DecimalInput } from '../money/decimal.ts';
import { decimal, formatDecimal } from '../money/decimal.ts';
import { el, type XmlNodeSpec } from './xml-writer.ts';

/** Writes `<name currencyID="…">amount</name>`. */
export type Money = (name: string, amount: DecimalInput, currencyID?: string) => XmlNodeSpec;

/** A {@link Money} writer for a document currency. */
export function moneyWriter(currency: string): Money {
  return (name, amount, currencyID = currency) => el(name, { currencyID }, formatDecimal(decimal(amount), 2));
}
