/**
 * Reads an invoice document into the typed model as written, without judging it: absent
 * elements stay absent, a line whose category lacks the VAT scheme has no category, and what
 * the model cannot hold (written totals, line amounts, price-level charges, the KSA-2 text,
 * currencyIDs) is returned beside it for the validator's arithmetic and syntax rules.
 */
import type { Fault } from '../errors/validation-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { XmlError } from '../errors/xml-error.ts';
import type { InvoiceTypeCode } from '../model/document-types.ts';
import type { Invoice, TaxExemption } from '../model/invoice.ts';
import type { PaymentMeansCode } from '../model/payment-means.ts';
import { readTransactionCode, type TransactionCode } from '../model/transaction-code.ts';
import type { XmlElement } from '../xml/dom-types.ts';
import { NS } from '../xml/namespaces.ts';
import { readXml } from '../xml/read-xml.ts';
import { readDocumentAdjustments } from './allowance-charge.ts';
import { defined } from './defined.ts';
import {
  isPrepaymentLine,
  readInvoiceLine,
  readPrepaymentLine,
  type WrittenLineAmounts,
  type WrittenPrepaymentAmounts,
} from './invoice-line.ts';
import { readBuyer, readSeller } from './party.ts';
import { readTotals, type WrittenTotals } from './tax-total.ts';
import { attributeAt, documentReference, elementAt, elementsAt, invoiceRootOf, textAt } from './ubl-paths.ts';

/** What a document states beyond the model. */
export interface WrittenDocument {
  readonly profileId?: string;
  readonly taxCurrencyCode?: string;
  /** KSA-2 as written. */
  readonly transactionCode?: string;
  readonly totals: WrittenTotals;
  /** Per item line, in the model's line order. */
  readonly lines: readonly WrittenLineAmounts[];
  /** Per prepayment line, in the model's prepayment order. */
  readonly prepayments: readonly WrittenPrepaymentAmounts[];
  /** Every `currencyID` with the local name of its element. */
  readonly currencyIds: readonly { readonly element: string; readonly currency: string }[];
}

/** A document read as written. */
export interface ReadInvoice {
  readonly invoice: Invoice;
  readonly written: WrittenDocument;
  /** Faults only the XML can show (a malformed KSA-2 text). */
  readonly faults: readonly Fault[];
}

/**
 * Reads a UBL invoice as written.
 *
 * @throws {XmlError} when the text is not well-formed XML or its root is not a UBL Invoice.
 */
export function readInvoiceDocument(xml: string | Uint8Array): ReadInvoice {
  const root = invoiceRootOf(readXml(xml));
  if (!root) {
    throw new XmlError(
      'not-an-invoice',
      'The document is not a UBL 2.1 Invoice (root element Invoice in its namespace).',
    );
  }
  const faults: Fault[] = [];
  const transactionCode = attributeAt(root, 'name', 'cbc:InvoiceTypeCode');
  let transaction: TransactionCode | undefined;
  try {
    // Its structure only: flags that cannot go together (BR-KSA-07, BR-KSA-31) are the
    // validator's to judge, under the chosen rule set.
    transaction = readTransactionCode(transactionCode ?? '', 'transaction');
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    faults.push(...error.faults);
  }

  const lineElements = elementsAt(root, 'cac:InvoiceLine');
  const itemLines = lineElements.filter((line) => !isPrepaymentLine(line)).map(readInvoiceLine);
  const prepaymentLines = lineElements.filter(isPrepaymentLine).map(readPrepaymentLine);
  const totals = readTotals(root);
  const currency = textAt(root, 'cbc:DocumentCurrencyCode');
  const exemptions = exemptionsOf(
    totals,
    prepaymentLines.map((line) => line.exemption),
  );
  const allowances = readDocumentAdjustments(root, false);
  const charges = readDocumentAdjustments(root, true);
  const notes = elementsAt(root, 'cbc:Note').map((note) => note.textContent ?? '');

  const invoice = defined({
    id: textAt(root, 'cbc:ID'),
    uuid: textAt(root, 'cbc:UUID'),
    issueDate: textAt(root, 'cbc:IssueDate'),
    issueTime: textAt(root, 'cbc:IssueTime'),
    typeCode: textAt(root, 'cbc:InvoiceTypeCode') as InvoiceTypeCode,
    transaction,
    currency,
    taxAmountInSar: currency !== undefined && currency !== 'SAR' ? totals.taxAmountInTaxCurrency : undefined,
    counter: textAt(documentReference(root, 'ICV'), 'cbc:UUID'),
    previousInvoiceHash: textAt(
      documentReference(root, 'PIH'),
      'cac:Attachment',
      'cbc:EmbeddedDocumentBinaryObject',
    ),
    contractId: textAt(root, 'cac:ContractDocumentReference', 'cbc:ID'),
    billingReference: textAt(root, 'cac:BillingReference', 'cac:InvoiceDocumentReference', 'cbc:ID'),
    noteReason: textAt(root, 'cac:PaymentMeans', 'cbc:InstructionNote'),
    notes: notes.length > 0 ? notes : undefined,
    seller: readSeller(root),
    buyer: readBuyer(root),
    supplyDate: textAt(root, 'cac:Delivery', 'cbc:ActualDeliveryDate'),
    supplyEndDate: textAt(root, 'cac:Delivery', 'cbc:LatestDeliveryDate'),
    paymentMeansCode: textAt(root, 'cac:PaymentMeans', 'cbc:PaymentMeansCode') as
      | PaymentMeansCode
      | undefined,
    lines: itemLines.map((line) => line.line),
    allowances: allowances.length > 0 ? allowances : undefined,
    charges: charges.length > 0 ? charges : undefined,
    exemptions: exemptions.length > 0 ? exemptions : undefined,
    prepayments: prepaymentLines.length > 0 ? prepaymentLines.map((line) => line.prepayment) : undefined,
    payableRoundingAmount: totals.payableRoundingAmount,
  }) as Invoice;

  return {
    invoice,
    faults,
    written: defined({
      profileId: textAt(root, 'cbc:ProfileID'),
      taxCurrencyCode: textAt(root, 'cbc:TaxCurrencyCode'),
      transactionCode,
      totals,
      lines: itemLines.map((line) => line.written),
      prepayments: prepaymentLines.map((line) => line.written),
      currencyIds: currencyIdsOf(root),
    }),
  };
}

/** One exemption per Z/E/O category: the breakdown's reason, else a prepayment line's. */
function exemptionsOf(
  totals: WrittenTotals,
  fromPrepayments: readonly (TaxExemption | undefined)[],
): TaxExemption[] {
  const exemptions: TaxExemption[] = [];
  const candidates = [
    ...totals.breakdown.map((entry) =>
      entry.taxCategory !== undefined && (entry.reason !== undefined || entry.reasonCode !== undefined)
        ? (defined({
            taxCategory: entry.taxCategory,
            reasonCode: entry.reasonCode,
            reason: entry.reason ?? '',
          }) as TaxExemption)
        : undefined,
    ),
    ...fromPrepayments,
  ];
  for (const candidate of candidates) {
    if (candidate && !exemptions.some((known) => known.taxCategory === candidate.taxCategory)) {
      exemptions.push(candidate);
    }
  }
  return exemptions;
}

function currencyIdsOf(root: XmlElement): { element: string; currency: string }[] {
  const found: { element: string; currency: string }[] = [];
  // Document order with an explicit stack: nesting depth is the input's to choose.
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const parent = element === root ? undefined : (element.parentNode as XmlElement);
    const currency = element.getAttribute('currencyID');
    if (currency !== null && element.namespaceURI === NS.cbc) {
      // BT-111 is the TaxAmount of the tax total without subtotals: the one amount in SAR.
      const inTaxCurrency =
        element.localName === 'TaxAmount' &&
        parent?.localName === 'TaxTotal' &&
        parent.parentNode === root &&
        !elementAt(parent, 'cac:TaxSubtotal');
      found.push({
        element: inTaxCurrency ? 'BT-111' : (element.localName ?? ''),
        currency: currency.trim(),
      });
    }
    const children: XmlElement[] = [];
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) children.push(child as XmlElement);
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return found;
}
