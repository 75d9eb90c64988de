/**
 * The chain family, on the reporting and clearance endpoints: the PIH (KSA-13) of a document must
 * be the hash of the EGS unit's previous document, or the seed for its first one (`KSA-13`, "PIH
 * is inValid"), and its ICV (KSA-16) should be greater than the previous one's — a warning, as the
 * platform does not reject a counter that went backwards. The form of both values (BR-KSA-33,
 * BR-KSA-34, BR-KSA-61) is the rule engine's to check.
 */
import { FIRST_PREVIOUS_INVOICE_HASH } from '@fatoora/core/signing';
import type { ChainRecord } from '../store/state.ts';
import type { SubmittedInvoice } from './document.ts';
import { error, type ValidationMessage, warning } from './validation-results.ts';

const DIGITS = /^\d+$/;

/**
 * Checks a document against the end of its EGS unit's chain (`undefined` before the first one).
 *
 * @example
 * ```ts
 * checkChain(invoice, undefined); // the PIH must be the first-document seed
 * checkChain(invoice, { counter: '6', hash: previousHash }); // PIH = previousHash, ICV > 6
 * ```
 */
export function checkChain(
  invoice: Pick<SubmittedInvoice, 'counter' | 'previousInvoiceHash'>,
  chain: ChainRecord | undefined,
): ValidationMessage[] {
  const messages: ValidationMessage[] = [];
  const { counter, previousInvoiceHash } = invoice;
  const expected = chain?.hash ?? FIRST_PREVIOUS_INVOICE_HASH;
  if (previousInvoiceHash !== undefined && previousInvoiceHash !== expected) {
    messages.push(
      error(
        'KSA-13',
        'KSA',
        `PIH is inValid: expected ${chain ? "the previous document's hash" : 'the first-document seed'} ${expected}.`,
      ),
    );
  }
  const previous = chain?.counter;
  if (
    counter !== undefined &&
    previous !== undefined &&
    DIGITS.test(counter) &&
    DIGITS.test(previous) &&
    BigInt(counter) <= BigInt(previous)
  ) {
    messages.push(
      warning(
        'KSA-16',
        'KSA',
        `The invoice counter value (KSA-16) ${counter} is not greater than the previous document's ${previous}.`,
      ),
    );
  }
  return messages;
}
