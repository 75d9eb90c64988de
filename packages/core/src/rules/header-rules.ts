/**
 * Rules on the document header: number, UUID, dates and time, type and KSA-2 flags, currency,
 * ICV and PIH, notes, the references and reason of credit and debit notes, supply dates and
 * payment means — BR-02/03/05/16 and the BR-KSA header rules, with ZATCA's ids.
 */

import { isCurrencyCode } from '../model/currencies.ts';
import { INVOICE_SUBTYPES, isInvoiceTypeCode } from '../model/document-types.ts';
import type { Invoice } from '../model/invoice.ts';
import { saudiDateTime, saudiInstant } from '../model/saudi-time.ts';
import {
  formatTransactionCode,
  TRANSACTION_FLAGS,
  transactionCodeFaults,
} from '../model/transaction-code.ts';
import {
  filled,
  isCalendarDate,
  isZatcaDate,
  itemsOf,
  type Report,
  recordOf,
  TIME,
  textOf,
} from './report.ts';
import type { RuleSetProfile } from './rule-sets.ts';
import type { RuleId } from './rule-table.ts';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * BR-KSA-16 (warning; 20210819_ZATCA_E-invoice_Validation_Rules.xsl R3.4.8 and R4.0.0, context
 * `cbc:InvoiceTypeCode[substring(@name, 1, 2) = '01'] | …'02']`, for each
 * `//cac:PaymentMeans/cbc:PaymentMeansCode`): the code is one of UNTDID 4461's as ZATCA's file
 * lists them — ' 1 … 68 70 74 75 76 77 78 91 … 97 ZZZ ' — not only the five the model names.
 */
const PAYMENT_MEANS_CODES: ReadonlySet<string> = new Set([
  ...Array.from({ length: 68 }, (_, index) => String(index + 1)),
  ...['70', '74', '75', '76', '77', '78', '91', '92', '93', '94', '95', '96', '97', 'ZZZ'],
]);

/** When "now" is, for the rules that compare with the current date (BR-KSA-04, BR-KSA-98). */
export interface ClockOptions {
  readonly now?: Date;
}

/** Checks the header fields. */
export function checkHeader(
  invoice: Invoice,
  report: Report,
  options: ClockOptions,
  profile: RuleSetProfile,
): void {
  const id = textOf(invoice.id);
  if (!filled(id)) report('BR-02', 'id');
  // BR-KSA-F-06-C1 (warning; 20210819_ZATCA_E-invoice_Validation_Rules.xsl R3.4.8 and R4.0.0,
  // context `/ubl:Invoice`): `exists(cbc:ID) and string-length(cbc:ID) > 127` — a maximum only;
  // an empty number is BR-02's.
  if (id !== undefined && id.length > 127) report('BR-KSA-F-06-C1', 'id');
  const uuid = textOf(invoice.uuid);
  if (!filled(uuid)) report('BR-KSA-03', 'uuid');
  // ZATCA's BR-KSA-03 only asks for the element; the API's `uuid` field and the 409 on a
  // resubmission need the 8-4-4-4-12 form, so a malformed one is refused under our own id.
  else if (!UUID.test(uuid!)) report('uuid-format', 'uuid');
  if (!isInvoiceTypeCode(invoice.typeCode)) report('BR-KSA-05', 'typeCode');

  const issueDate = textOf(invoice.issueDate);
  if (!filled(issueDate)) report('BR-03', 'issueDate');
  else if (!isZatcaDate(issueDate!)) report('BR-KSA-F-01', 'issueDate');
  const issueTime = textOf(invoice.issueTime);
  if (!TIME.test(issueTime ?? '')) report('BR-KSA-70', 'issueTime');
  checkClock(invoice, report, options);

  checkTransaction(invoice, report, profile);

  const currency = invoice.currency;
  // BR-05 (CEN-EN16931-UBL.xsl, context `/ubl:Invoice`): `not(exists(cbc:DocumentCurrencyCode)
  // and (cbc:DocumentCurrencyCode) != '')`. A model without `currency` is written in SAR; an empty
  // one is written empty. (A document without the element: written-amount-rules.ts.)
  if (currency === '') report('BR-05', 'currency');
  if (currency !== undefined && !isCurrencyCode(currency)) report('BR-KSA-CL-01', 'currency');
  if (
    isCurrencyCode(currency) &&
    currency !== 'SAR' &&
    invoice.exchangeRate === undefined &&
    invoice.taxAmountInSar === undefined
  ) {
    report('BR-KSA-EN16931-02', 'exchangeRate');
  }

  const counter = invoice.counter;
  const counterText = typeof counter === 'number' ? String(counter) : textOf(counter);
  if (!filled(counterText)) report('BR-KSA-33', 'counter');
  else if (!/^[0-9]+$/.test(counterText!)) report('BR-KSA-34', 'counter');
  if (!BASE64.test(textOf(invoice.previousInvoiceHash) ?? '')) report('BR-KSA-61', 'previousInvoiceHash');

  itemsOf(invoice.notes).forEach((note, index) => {
    // A note that is not text is reported by the shape check.
    if (typeof note === 'string' && note.length > 1000) report('BR-KSA-F-06-C2', `notes[${index}]`);
  });

  const isNote = invoice.typeCode === '381' || invoice.typeCode === '383';
  const reason = textOf(invoice.noteReason);
  // BR-KSA-17 asks for the element (an empty one passes ZATCA's rules): a blank reason is
  // flagged under our own id, as a warning, so that the document is not refused for it.
  if (isNote && reason === undefined) report('BR-KSA-17', 'noteReason');
  else if (isNote && !filled(reason)) report('note-reason-blank', 'noteReason');
  if (reason !== undefined && (reason.length < 1 || reason.length > 1000))
    report('BR-KSA-F-06-C13', 'noteReason');
  // BR-KSA-F-06-C5 (warning; R3.4.8 and R4.0.0, context `/ubl:Invoice`):
  // `exists(cac:ContractDocumentReference/cbc:ID) and string-length(…/cbc:ID) > 127`.
  const contractId = textOf(invoice.contractId);
  if (contractId !== undefined && contractId.length > 127) report('BR-KSA-F-06-C5', 'contractId');
  const reference = textOf(invoice.billingReference);
  if (isNote && !filled(reference)) report('BR-KSA-56', 'billingReference');
  if (reference !== undefined && (reference.length < 1 || reference.length > 5000)) {
    report('BR-KSA-F-06-C22', 'billingReference');
  }

  checkSupplyDates(invoice, report);
  const means: unknown = invoice.paymentMeansCode;
  if (means !== undefined && !(typeof means === 'string' && PAYMENT_MEANS_CODES.has(means.trim()))) {
    report('BR-KSA-16', 'paymentMeansCode');
  }
  if (!Array.isArray(invoice.lines) || invoice.lines.length === 0) report('BR-16', 'lines');
  // BR-CO-18: the VAT breakdown is made of the lines' and the document adjustments' categories.
  const taxed = [invoice.lines, invoice.allowances, invoice.charges].some(
    (list) => Array.isArray(list) && list.length > 0,
  );
  if (!taxed) report('BR-CO-18', 'lines');
}

function checkTransaction(invoice: Invoice, report: Report, profile: RuleSetProfile): void {
  const transaction = recordOf(invoice.transaction);
  if (!transaction) {
    report('BR-KSA-06', 'transaction');
    return;
  }
  let wellTyped = true;
  if (!Object.hasOwn(INVOICE_SUBTYPES, String(transaction.subtype))) {
    report('BR-KSA-06', 'transaction.subtype', 'The subtype must be "standard" (01) or "simplified" (02).');
    wellTyped = false;
  }
  for (const [flag, { position }] of Object.entries(TRANSACTION_FLAGS)) {
    // Positions 8 and 9 may be left out (a seven-character code).
    if (position > 7 && transaction[flag] === undefined) continue;
    if (typeof transaction[flag] !== 'boolean') {
      report('BR-KSA-06', `transaction.${flag}`, `The KSA-2 flag ${flag} must be true or false.`);
      wellTyped = false;
    }
  }
  if (!wellTyped) return;
  // BR-KSA-06 (error; 20210819_ZATCA_E-invoice_Validation_Rules.xsl, context
  // `cbc:InvoiceTypeCode`): R3.4.8 accepts `string-length(@name)` 7, 8 and 9 (NNPNESBCG), R4.0.0
  // only 7 — the length the writer gives the code (model/transaction-code.ts).
  const length = formatTransactionCode(invoice.transaction).length;
  if (!profile.transactionCodeLengths.has(length)) {
    report(
      'BR-KSA-06',
      'transaction',
      `This rule set accepts a KSA-2 code of ${[...profile.transactionCodeLengths].join(' or ')} characters, not ${length}: leave continuousSupply and b2g out.`,
    );
  }
  // BR-KSA-92 (error; R3.4.8's file, context `/ubl:Invoice`): under
  // `boolean(//cbc:InvoiceTypeCode[string-length(@name) = 9 and (substring(@name, 1, 2) = '01' or
  // … = '02') and substring(@name, 9, 1) = '1'])`, fails if
  // `not(exists(cac:ContractDocumentReference/cbc:ID) and (normalize-space(…/cbc:ID) != ''))`.
  // R4.0.0's BR-KSA-92 is another rule (rule-sets.ts).
  if (transaction.b2g === true && !filled(invoice.contractId)) report('BR-KSA-92', 'contractId');
  for (const fault of transactionCodeFaults(invoice.transaction, 'transaction')) {
    // BR-KSA-31 (error; 20210819_ZATCA_E-invoice_Validation_Rules.xsl, context
    // `cbc:InvoiceTypeCode[substring(@name, 1, 2) = '02']`): R4.0.0 asks positions 5 (export) and 7
    // (self-billed) to be 0, R3.4.8 only position 7 — a simplified export passes R3.4.8.
    if (fault.rule === 'BR-KSA-31' && !profile.simplifiedExportForbidden && transaction.selfBilled !== true)
      continue;
    report(fault.rule as RuleId, fault.path, fault.message);
  }
}

function checkSupplyDates(invoice: Invoice, report: Report): void {
  const supplyDate = textOf(invoice.supplyDate);
  const supplyEndDate = textOf(invoice.supplyEndDate);
  if (supplyDate !== undefined && !isZatcaDate(supplyDate)) report('BR-KSA-F-01', 'supplyDate');
  if (supplyEndDate !== undefined && !isZatcaDate(supplyEndDate)) report('BR-KSA-F-01', 'supplyEndDate');
  const subtype = recordOf(invoice.transaction)?.subtype;
  // BR-KSA-15: standard tax invoices (388, subtype 01) state when the supply happened.
  if (invoice.typeCode === '388' && subtype === 'standard' && supplyDate === undefined) {
    report('BR-KSA-15', 'supplyDate');
  }
  if (supplyEndDate !== undefined) {
    if (supplyDate === undefined) report('BR-KSA-35', 'supplyDate');
    // BR-KSA-36 (warning; context `cac:Delivery/cbc:LatestDeliveryDate`): compared only when both
    // dates are well-formed (`string-length(…) = 10 and matches(…, '((18|19|20)[0-9]{2}…')`).
    else if (isCalendarDate(supplyDate) && isCalendarDate(supplyEndDate) && supplyEndDate < supplyDate)
      report('BR-KSA-36', 'supplyEndDate');
  }
  // BR-KSA-72: a simplified summary invoice covers a period. ZATCA's rule files (R3.4.8 and
  // R4.0.0, 20210819_ZATCA_E-invoice_Validation_Rules.xsl) test it only in the context
  // `cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country[cbc:IdentificationCode
  // = 'SA']`: `boolean(//*[matches(@name, '02\d{3}1\d')])` and
  // `not(//cbc:ActualDeliveryDate and //cbc:LatestDeliveryDate)` — so only for a Saudi buyer address.
  const buyerCountry = recordOf(recordOf(invoice.buyer)?.address)?.country;
  if (subtype === 'simplified' && recordOf(invoice.transaction)?.summary === true && buyerCountry === 'SA') {
    if (supplyDate === undefined || supplyEndDate === undefined) {
      report('BR-KSA-72', supplyDate === undefined ? 'supplyDate' : 'supplyEndDate');
    }
  }
}

function checkClock(invoice: Invoice, report: Report, options: ClockOptions): void {
  const now = options.now ?? new Date();
  const today = saudiDateTime(now).date;
  // BR-KSA-04 (error; 20210819_ZATCA_E-invoice_Validation_Rules.xsl R3.4.8 and R4.0.0, context
  // `cbc:IssueDate`): every `cbc:IssueDate` of the document, so also a prepayment's
  // `cac:InvoiceLine/cac:DocumentReference/cbc:IssueDate`, is not after the current date.
  itemsOf(invoice.prepayments).forEach((prepayment, index) => {
    const prepaid = textOf(recordOf(prepayment)?.issueDate);
    if (prepaid !== undefined && isCalendarDate(prepaid) && prepaid > today)
      report('BR-KSA-04', `prepayments[${index}].issueDate`);
  });
  const date = textOf(invoice.issueDate);
  const time = textOf(invoice.issueTime);
  if (!date || !isCalendarDate(date)) return;
  if (date > today) report('BR-KSA-04', 'issueDate');
  // BR-KSA-98: simplified documents are reported within 24 hours of their issue.
  if (time && TIME.test(time) && recordOf(invoice.transaction)?.subtype === 'simplified') {
    if (now.getTime() - saudiInstant(date, time) > DAY_MS) report('BR-KSA-98', 'issueDate');
  }
}
