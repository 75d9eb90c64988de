/**
 * Writes the UBL 2.1 XML of a model without validating it first — the builder's writer, kept
 * apart so that tests can produce documents that break ZATCA's rules on purpose and compare our
 * validator with ZATCA's. Applications use `buildInvoice`, which validates first.
 */
import { computeInvoiceTotals, type InvoiceModelTotals } from '../calc/invoice-totals.ts';
import type { Invoice } from '../model/invoice.ts';
import { formatTransactionCode } from '../model/transaction-code.ts';
import { NS } from '../xml/namespaces.ts';
import { buildDocumentAdjustment } from './allowance-charge.ts';
import { buildInvoiceLine, buildPrepaymentLine } from './invoice-line.ts';
import { moneyWriter } from './money.ts';
import { buildBuyer, buildSeller } from './party.ts';
import { buildMonetaryTotal, buildTaxTotals } from './tax-total.ts';
import { el, writeXml } from './xml-writer.ts';

/** The unsigned XML and the totals written into it. */
export interface BuiltInvoice {
  /** The UBL 2.1 invoice document, unsigned: what `signInvoice` takes next. */
  readonly xml: string;
  /** Every amount the document carries, as the tax engine computed them. */
  readonly totals: InvoiceModelTotals;
}

/**
 * Writes an invoice's XML as the model says, valid or not.
 *
 * `totals` are the model's, when the caller has computed them already (the builder has).
 *
 * @throws {InputError} when an amount cannot be computed at all.
 * @example
 * ```ts
 * const { xml } = writeInvoice({ ...invoice, seller: { ...invoice.seller, vatNumber: '1' } }); // a BR-KSA-40 test document
 * ```
 */
export function writeInvoice(
  invoice: Invoice,
  totals: InvoiceModelTotals = computeInvoiceTotals(invoice),
): BuiltInvoice {
  const money = moneyWriter(invoice.currency ?? 'SAR');
  const exemptions = invoice.exemptions ?? [];
  const prepayments = invoice.prepayments ?? [];

  const root = el(
    'Invoice',
    { xmlns: NS.invoice, 'xmlns:cac': NS.cac, 'xmlns:cbc': NS.cbc, 'xmlns:ext': NS.ext },
    [
      el('cbc:ProfileID', {}, 'reporting:1.0'), // BR-KSA-EN16931-01
      el('cbc:ID', {}, invoice.id),
      el('cbc:UUID', {}, invoice.uuid),
      el('cbc:IssueDate', {}, invoice.issueDate),
      el('cbc:IssueTime', {}, invoice.issueTime),
      el('cbc:InvoiceTypeCode', { name: formatTransactionCode(invoice.transaction) }, invoice.typeCode),
      ...(invoice.notes ?? []).map((note) => el('cbc:Note', {}, note)),
      el('cbc:DocumentCurrencyCode', {}, invoice.currency ?? 'SAR'),
      el('cbc:TaxCurrencyCode', {}, 'SAR'), // BR-KSA-68, BR-KSA-EN16931-02
      invoice.billingReference !== undefined &&
        el('cac:BillingReference', {}, [
          el('cac:InvoiceDocumentReference', {}, [el('cbc:ID', {}, invoice.billingReference)]),
        ]),
      // BT-12 (BR-KSA-92): UBL 2.1 places it after the billing references, before the additional ones.
      invoice.contractId !== undefined &&
        el('cac:ContractDocumentReference', {}, [el('cbc:ID', {}, invoice.contractId)]),
      el('cac:AdditionalDocumentReference', {}, [
        el('cbc:ID', {}, 'ICV'),
        el('cbc:UUID', {}, String(invoice.counter)),
      ]),
      el('cac:AdditionalDocumentReference', {}, [
        el('cbc:ID', {}, 'PIH'),
        el('cac:Attachment', {}, [
          el('cbc:EmbeddedDocumentBinaryObject', { mimeCode: 'text/plain' }, invoice.previousInvoiceHash),
        ]),
      ]),
      buildSeller(invoice.seller),
      buildBuyer(invoice.buyer),
      (invoice.supplyDate !== undefined || invoice.supplyEndDate !== undefined) &&
        el('cac:Delivery', {}, [
          invoice.supplyDate !== undefined && el('cbc:ActualDeliveryDate', {}, invoice.supplyDate),
          invoice.supplyEndDate !== undefined && el('cbc:LatestDeliveryDate', {}, invoice.supplyEndDate),
        ]),
      el('cac:PaymentMeans', {}, [
        el('cbc:PaymentMeansCode', {}, invoice.paymentMeansCode ?? '10'),
        invoice.noteReason !== undefined && el('cbc:InstructionNote', {}, invoice.noteReason), // KSA-10
      ]),
      ...(invoice.allowances ?? []).map((adjustment) => buildDocumentAdjustment(adjustment, false, money)),
      ...(invoice.charges ?? []).map((adjustment) => buildDocumentAdjustment(adjustment, true, money)),
      ...buildTaxTotals(totals, exemptions, money),
      buildMonetaryTotal(
        totals,
        {
          charges: (invoice.charges ?? []).length > 0,
          rounding: invoice.payableRoundingAmount !== undefined,
        },
        money,
      ),
      ...invoice.lines.map((line, index) => buildInvoiceLine(line, totals.lines[index]!, money)),
      ...prepayments.map((prepayment, index) =>
        buildPrepaymentLine(
          prepayment,
          totals.prepayments[index]!,
          prepayment.taxCategory === 'S'
            ? undefined
            : exemptions.find((exemption) => exemption.taxCategory === prepayment.taxCategory),
          money,
        ),
      ),
    ],
  );
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${writeXml(root)}\n`, totals };
}
