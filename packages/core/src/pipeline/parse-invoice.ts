/**
 * Parses a UBL invoice document (signed or not) into the typed model, for editing, re-issuing
 * or display: the inverse of `buildInvoice`, round-tripping ZATCA's samples. Amounts stay the
 * decimal strings written; the totals are recomputed by the tax engine when the model is built.
 */
import { ValidationError } from '../errors/validation-error.ts';
import type { Invoice } from '../model/invoice.ts';
import { validateInvoiceModel } from '../rules/validate-model.ts';
import { readInvoiceDocument } from '../ubl/read-invoice.ts';

/** Rules whose breach leaves a document without something the model requires. */
const STRUCTURAL = new Set([
  'BR-KSA-06',
  'BR-CO-04',
  'BR-16',
  'BR-22',
  'BR-26',
  'BR-CL-18',
  'BR-KSA-18',
  'decimal-format',
  'model-type',
]);

/**
 * Reads an invoice document into the model.
 *
 * @throws {XmlError} when the text is not well-formed XML or not a UBL Invoice.
 * @throws {ValidationError} listing the faults that leave the document without a usable model
 * (a malformed KSA-2 code, a line without VAT category, quantity or price, a malformed amount);
 * other rule breaches are `validateInvoice`'s business, not the parser's.
 * @example
 * ```ts
 * const invoice = parseInvoice(xml);
 * buildInvoice({ ...invoice, id: 'INV-2', uuid: crypto.randomUUID() });
 * ```
 */
export function parseInvoice(xml: string | Uint8Array): Invoice {
  const { invoice, faults } = readInvoiceDocument(xml);
  // A KSA-2 code the reader could not read is among its own faults; the model's BR-KSA-06 on a
  // code it did read is the rule set's length limit (a nine-character code under R4.0.0), which
  // leaves a usable model.
  const structural = [
    ...faults,
    ...validateInvoiceModel(invoice).filter((fault) => fault.rule !== 'BR-KSA-06'),
  ].filter((fault) => STRUCTURAL.has(fault.rule));
  if (structural.length > 0) throw new ValidationError(structural);
  return invoice;
}
