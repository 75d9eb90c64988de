/**
 * ZATCA's "standard document" test as its rule files write it. Many KSA rules (BR-KSA-10, 42, 52,
 * 53, 63, 67, 81, BR-KSA-F-06-C12, C23, C25, C28, C29) are evaluated under
 * `boolean(//*[matches(@name, '01\d{5}')])` (20210819_ZATCA_E-invoice_Validation_Rules.xsl,
 * R3.4.8 and R4.0.0), and XPath's `matches` finds its pattern anywhere in the text, not only at
 * its start. For a KSA-2 code of seven or eight characters that is the same as "subtype 01"; a
 * nine-character code (R3.4.8's NNPNESBCG) whose positions 3–4 are `01` — simplified, not third
 * party, nominal supply — matches from position 3 too, so ZATCA's rules apply their
 * standard-document rules to that simplified document as well. We apply them the same way. (The
 * simplified tests, `'02\d{5}'` and `'02\d{3}1\d'`, only ever match from position 1: positions
 * 2–9 hold no `0` followed by `2`.)
 */
import type { TransactionCode } from '../model/transaction-code.ts';
import { formatTransactionCode, TRANSACTION_FLAGS } from '../model/transaction-code.ts';
import { recordOf } from './report.ts';

const STANDARD_NAME = /01\d{5}/;

/**
 * Whether ZATCA's `boolean(//*[matches(@name, '01\d{5}')])` holds for the KSA-2 code the model's
 * transaction is written as. A transaction too malformed to write (BR-KSA-06) falls back to its
 * subtype.
 *
 * @throws never.
 * @example
 * ```ts
 * standardByName({ subtype: 'standard', …flags }); // true
 * standardByName({ subtype: 'simplified', thirdParty: false, nominal: true, …, continuousSupply: false, b2g: false }); // true: '020100000'
 * ```
 */
export function standardByName(transaction: unknown): boolean {
  const record = recordOf(transaction);
  if (!record) return false;
  const writable =
    (record.subtype === 'standard' || record.subtype === 'simplified') &&
    Object.entries(TRANSACTION_FLAGS).every(
      ([flag, { position }]) =>
        typeof record[flag] === 'boolean' || (position > 7 && record[flag] === undefined),
    );
  if (!writable) return record.subtype === 'standard';
  return STANDARD_NAME.test(formatTransactionCode(record as TransactionCode));
}
