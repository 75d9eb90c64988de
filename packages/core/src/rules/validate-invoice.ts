/**
 * Checks a typed invoice against ZATCA's rules before anything is built or sent, returning every
 * fault with its rule id, severity, the model path of the offending field, and a message. It is
 * pure and runs in the browser, so a form can show faults as the user types. This first rule set
 * covers the header, parties, notes' references and dates; the tax engine's amounts are checked
 * by computing them.
 */
import { computeInvoiceTotals } from '../calc/invoice-totals.ts';
import { InputError } from '../errors/input-error.ts';
import type { Fault } from '../errors/validation-error.ts';
import { isInvoiceTypeCode } from '../model/document-types.ts';
import type { Invoice } from '../model/invoice.ts';
import { transactionCodeFaults } from '../model/transaction-code.ts';
import { RULES, type RuleId } from './rule-table.ts';

const VAT_NUMBER = /^3[0-9]{13}3$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const ISSUE_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z?$/;

/**
 * Every fault of an invoice (an empty list when ZATCA's checked rules all pass; warnings do not
 * fail a document).
 *
 * @example
 * ```ts
 * validateInvoice({ ...invoice, seller: { ...invoice.seller, vatNumber: '123' } });
 * // [{ rule: 'BR-KSA-40', severity: 'error', path: 'seller.vatNumber', message: '…' }]
 * ```
 */
export function validateInvoice(invoice: Invoice): Fault[] {
  const faults: Fault[] = [];
  const fault = (rule: RuleId, path: string, message: string = RULES[rule].en) => {
    faults.push({ rule, severity: RULES[rule].severity, path, message });
  };
  const note = invoice.typeCode === '381' || invoice.typeCode === '383';

  if (typeof invoice.uuid !== 'string' || !UUID.test(invoice.uuid)) fault('BR-KSA-03', 'uuid');
  if (!isInvoiceTypeCode(invoice.typeCode)) fault('BR-KSA-05', 'typeCode');
  if (typeof invoice.issueTime !== 'string' || !ISSUE_TIME.test(invoice.issueTime))
    fault('BR-KSA-70', 'issueTime');
  for (const transactionFault of transactionCodeFaults(invoice.transaction, 'transaction')) {
    fault(transactionFault.rule as RuleId, transactionFault.path, transactionFault.message);
  }

  const sellerVat = invoice.seller?.vatNumber;
  if (sellerVat === undefined || sellerVat === '') fault('BR-KSA-39', 'seller.vatNumber');
  else if (!VAT_NUMBER.test(sellerVat)) fault('BR-KSA-40', 'seller.vatNumber');
  const buyerVat = invoice.buyer?.vatNumber;
  if (buyerVat !== undefined && !VAT_NUMBER.test(buyerVat)) fault('BR-KSA-44', 'buyer.vatNumber');

  if (note && !invoice.noteReason?.trim()) fault('BR-KSA-17', 'noteReason');
  if (note && !invoice.billingReference?.trim()) fault('BR-KSA-56', 'billingReference');

  if (invoice.typeCode === '388' && invoice.transaction?.subtype === 'standard' && !invoice.supplyDate)
    fault('BR-KSA-15', 'supplyDate');
  if (invoice.supplyEndDate !== undefined) {
    if (invoice.supplyDate === undefined) fault('BR-KSA-35', 'supplyDate');
    else if (invoice.supplyEndDate < invoice.supplyDate) fault('BR-KSA-36', 'supplyEndDate');
  }

  const zeroRated = (invoice.lines ?? []).some((line) => line.taxCategory === 'Z');
  if (
    zeroRated &&
    !invoice.exemptions?.some((exemption) => exemption.taxCategory === 'Z' && exemption.reasonCode)
  ) {
    fault('BR-KSA-69', 'exemptions');
  }

  try {
    computeInvoiceTotals(invoice);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    faults.push({ rule: error.rule, severity: 'error', path: error.field, message: error.message });
  }
  return faults;
}
