/**
 * Builds unsigned UBL 2.1 invoice XML from the typed model, ready for `signInvoice`: header,
 * ICV and PIH references, seller and buyer, delivery, payment means (with the note reason),
 * document allowances and charges, both tax totals, the monetary totals the tax engine computes,
 * the item lines and the prepayment lines — in the element order the UBL 2.1 Invoice schema
 * requires. The model goes through `prepareInvoice` first: a document ZATCA would reject is never
 * written, and what is written is the normalised model with the totals computed there.
 */
import { ValidationError } from '../errors/validation-error.ts';
import type { Invoice } from '../model/invoice.ts';
import { type BuiltInvoice, writeInvoice } from '../ubl/write-invoice.ts';
import { type PrepareOptions, prepareInvoice } from './prepare-invoice.ts';

export type { BuiltInvoice } from '../ubl/write-invoice.ts';

/**
 * Options of {@link buildInvoice}: the clock of the date rules and the rule set the model is
 * checked under (default the newest: a document that rule set refuses is not written).
 */
export type BuildInvoiceOptions = PrepareOptions;

/**
 * Builds the unsigned UBL XML of an invoice.
 *
 * @throws {ValidationError} listing every error-severity fault of the model (rule id, path,
 * message) — the same faults `validateInvoice` reports; warnings do not stop the build. A `null`
 * field counts as absent (models often come from JSON).
 * @example
 * ```ts
 * const { xml, totals } = buildInvoice(invoice);
 * const signed = signInvoice(xml, { privateKey, certificate });
 * // A B2G invoice (nine-character KSA-2), which only R3.4.8's rules accept:
 * buildInvoice({ ...invoice, transaction: { ...invoice.transaction, b2g: true }, contractId: 'C-17' }, { ruleSet: '238-R3.4.8' });
 * ```
 */
export function buildInvoice(invoice: Invoice, options: BuildInvoiceOptions = {}): BuiltInvoice {
  const { model, errors, totals } = prepareInvoice(invoice, options);
  if (errors.length > 0 || totals === undefined) throw new ValidationError(errors);
  return writeInvoice(model, totals);
}
