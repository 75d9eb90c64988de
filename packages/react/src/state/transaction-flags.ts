/**
 * The optional KSA-2 flags in a draft: continuous supply (position 8) and B2G (position 9), which
 * only R3.4.8's longer codes carry (BR-KSA-06: `NNPNESBC`, `NNPNESBCG`; R4.0.0 accepts seven
 * characters only). Core writes a code as long as the last of them that is given, `false` too, so
 * the form keeps only the ones that are set: a draft with neither writes the seven characters
 * every rule set accepts, and clearing a flag shortens the code again.
 */
import {
  type InvoiceDraft,
  type OptionalTransactionFlag,
  TRANSACTION_FLAGS,
  type TransactionFlag,
} from '@fatoora/core/model';

/**
 * The optional flags, in their position order (8, 9), from core's `TRANSACTION_FLAGS`.
 *
 * @example
 * ```ts
 * OPTIONAL_TRANSACTION_FLAGS; // ['continuousSupply', 'b2g']
 * ```
 */
export const OPTIONAL_TRANSACTION_FLAGS: readonly OptionalTransactionFlag[] = (
  Object.keys(TRANSACTION_FLAGS) as TransactionFlag[]
)
  .filter((flag) => TRANSACTION_FLAGS[flag].position > 7)
  .sort((a, b) => TRANSACTION_FLAGS[a].position - TRANSACTION_FLAGS[b].position) as OptionalTransactionFlag[];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The draft with an optional KSA-2 flag set or cleared. The optional flags left unset are removed
 * rather than kept `false`, so that the code is written no longer than its set flags need: seven
 * characters when neither is set, eight with continuous supply alone, nine with B2G. A B2G
 * document names its contract (`withHeader(draft, { contractId })`, BR-KSA-92).
 *
 * @example
 * ```ts
 * withTransactionFlag(draft, 'b2g', true).transaction.b2g; // true: written '…001' (nine characters)
 * 'b2g' in withTransactionFlag(draft, 'b2g', false).transaction; // false: seven characters again
 * ```
 */
export function withTransactionFlag(
  draft: InvoiceDraft,
  flag: OptionalTransactionFlag,
  set: boolean,
): InvoiceDraft {
  const transaction: Mutable<InvoiceDraft['transaction']> = { ...draft.transaction, [flag]: set };
  for (const optional of OPTIONAL_TRANSACTION_FLAGS) {
    if (transaction[optional] !== true) delete transaction[optional];
  }
  return { ...draft, transaction };
}
