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
import { prepareInvoice } from './prepare-invoice.ts';

export type { BuiltInvoice } from '../ubl/write-invoice.ts';

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
 * ```
 */
export function buildInvoice(invoice: Invoice): BuiltInvoice {
  const { model, errors, totals } = prepareInvoice(invoice);
  if (errors.length > 0 || totals === undefined) throw new ValidationError(errors);
  return writeInvoice(model, totals);
}
