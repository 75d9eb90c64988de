/**
 * Builds unsigned UBL 2.1 invoice XML from the typed model, ready for `signInvoice`: header,
 * ICV and PIH references, seller and buyer, delivery, payment means (with the note reason),
 * document allowances and charges, both tax totals, the monetary totals the tax engine computes,
 * and the lines — in the element order the UBL 2.1 Invoice schema requires.
 */
import { computeInvoiceTotals } from '../calc/invoice-totals.ts';
import type { DecimalInput, InvoiceTotals } from '../calc/totals.ts';
import type { Address, Buyer, DocumentAdjustment, Invoice, InvoiceLine, Seller } from '../model/invoice.ts';
import type { TaxCategoryCode } from '../model/tax-categories.ts';
import { formatTransactionCode } from '../model/transaction-code.ts';
import { decimal, formatDecimal } from '../money/decimal.ts';
import { NS } from '../xml/namespaces.ts';
import { el, writeXml, type XmlNodeSpec } from './xml-writer.ts';

/** The unsigned XML and the totals written into it. */
export interface BuiltInvoice {
  readonly xml: string;
  readonly totals: InvoiceTotals;
}

const TAX_CATEGORY_SCHEME = { schemeID: 'UN/ECE 5305', schemeAgencyID: '6' };
const TAX_SCHEME_SCHEME = { schemeID: 'UN/ECE 5153', schemeAgencyID: '6' };

/**
 * Builds the unsigned UBL XML of an invoice.
 *
 * @throws {InputError} naming the field for a malformed amount or code.
 * @example
 * ```ts
 * const { xml, totals } = buildInvoice(invoice);
 * const signed = signInvoice(xml, { privateKey, certificate });
 * ```
 */
export function buildInvoice(invoice: Invoice): BuiltInvoice {
  const totals = computeInvoiceTotals(invoice);
  const currency = invoice.currency ?? 'SAR';
  const money = (name: string, amount: DecimalInput, currencyID = currency) =>
    el(name, { currencyID }, formatDecimal(decimal(amount), 2));

  const root = el(
    'Invoice',
    {
      xmlns: NS.invoice,
      'xmlns:cac': NS.cac,
      'xmlns:cbc': NS.cbc,
      'xmlns:ext': NS.ext,
    },
    [
      el('cbc:ProfileID', {}, 'reporting:1.0'),
      el('cbc:ID', {}, invoice.id),
      el('cbc:UUID', {}, invoice.uuid),
      el('cbc:IssueDate', {}, invoice.issueDate),
      el('cbc:IssueTime', {}, invoice.issueTime),
      el('cbc:InvoiceTypeCode', { name: formatTransactionCode(invoice.transaction) }, invoice.typeCode),
      ...(invoice.notes ?? []).map((note) => el('cbc:Note', {}, note)),
      el('cbc:DocumentCurrencyCode', {}, currency),
      el('cbc:TaxCurrencyCode', {}, 'SAR'),
      invoice.billingReference !== undefined &&
        el('cac:BillingReference', {}, [
          el('cac:InvoiceDocumentReference', {}, [el('cbc:ID', {}, invoice.billingReference)]),
        ]),
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
      el('cac:AccountingSupplierParty', {}, [sellerParty(invoice.seller)]),
      el('cac:AccountingCustomerParty', {}, [buyerParty(invoice.buyer)]),
      (invoice.supplyDate !== undefined || invoice.supplyEndDate !== undefined) &&
        el('cac:Delivery', {}, [
          invoice.supplyDate !== undefined && el('cbc:ActualDeliveryDate', {}, invoice.supplyDate),
          invoice.supplyEndDate !== undefined && el('cbc:LatestDeliveryDate', {}, invoice.supplyEndDate),
        ]),
      el('cac:PaymentMeans', {}, [
        el('cbc:PaymentMeansCode', {}, invoice.paymentMeansCode ?? '10'),
        invoice.noteReason !== undefined && el('cbc:InstructionNote', {}, invoice.noteReason),
      ]),
      ...(invoice.allowances ?? []).map((adjustment) => documentAdjustment(adjustment, false, money)),
      ...(invoice.charges ?? []).map((adjustment) => documentAdjustment(adjustment, true, money)),
      el('cac:TaxTotal', {}, [money('cbc:TaxAmount', totals.taxAmount, 'SAR')]),
      el('cac:TaxTotal', {}, [
        money('cbc:TaxAmount', totals.taxAmount),
        ...totals.breakdown.map((entry) =>
          el('cac:TaxSubtotal', {}, [
            money('cbc:TaxableAmount', entry.taxableAmount),
            money('cbc:TaxAmount', entry.taxAmount),
            taxCategory(entry.taxCategory, formatDecimal(entry.taxRate, 2), invoice),
          ]),
        ),
      ]),
      el('cac:LegalMonetaryTotal', {}, [
        money('cbc:LineExtensionAmount', totals.lineExtensionAmount),
        money('cbc:TaxExclusiveAmount', totals.taxExclusiveAmount),
        money('cbc:TaxInclusiveAmount', totals.taxInclusiveAmount),
        money('cbc:AllowanceTotalAmount', totals.allowanceTotalAmount),
        (invoice.charges ?? []).length > 0 && money('cbc:ChargeTotalAmount', totals.chargeTotalAmount),
        money('cbc:PrepaidAmount', totals.prepaidAmount),
        money('cbc:PayableAmount', totals.payableAmount),
      ]),
      ...invoice.lines.map((line, index) => invoiceLine(line, totals, index, money)),
    ],
  );
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${writeXml(root)}\n`, totals };
}

type Money = (name: string, amount: DecimalInput, currencyID?: string) => XmlNodeSpec;

function address(value: Address): XmlNodeSpec {
  return el('cac:PostalAddress', {}, [
    el('cbc:StreetName', {}, value.street),
    value.additionalStreet !== undefined && el('cbc:AdditionalStreetName', {}, value.additionalStreet),
    value.buildingNumber !== undefined && el('cbc:BuildingNumber', {}, value.buildingNumber),
    value.plotIdentification !== undefined && el('cbc:PlotIdentification', {}, value.plotIdentification),
    value.citySubdivision !== undefined && el('cbc:CitySubdivisionName', {}, value.citySubdivision),
    el('cbc:CityName', {}, value.city),
    value.postalCode !== undefined && el('cbc:PostalZone', {}, value.postalCode),
    value.countrySubentity !== undefined && el('cbc:CountrySubentity', {}, value.countrySubentity),
    el('cac:Country', {}, [el('cbc:IdentificationCode', {}, value.country)]),
  ]);
}

function partyTaxScheme(vatNumber: string | undefined): XmlNodeSpec | false {
  return (
    vatNumber !== undefined &&
    el('cac:PartyTaxScheme', {}, [
      el('cbc:CompanyID', {}, vatNumber),
      el('cac:TaxScheme', {}, [el('cbc:ID', {}, 'VAT')]),
    ])
  );
}

function sellerParty(seller: Seller): XmlNodeSpec {
  return el('cac:Party', {}, [
    seller.identification &&
      el('cac:PartyIdentification', {}, [
        el('cbc:ID', { schemeID: seller.identification.scheme }, seller.identification.value),
      ]),
    address(seller.address),
    partyTaxScheme(seller.vatNumber),
    el('cac:PartyLegalEntity', {}, [el('cbc:RegistrationName', {}, seller.name)]),
  ]);
}

function buyerParty(buyer: Buyer | undefined): XmlNodeSpec {
  return el('cac:Party', {}, [
    buyer?.identification &&
      el('cac:PartyIdentification', {}, [
        el('cbc:ID', { schemeID: buyer.identification.scheme }, buyer.identification.value),
      ]),
    buyer?.address && address(buyer.address),
    partyTaxScheme(buyer?.vatNumber) ||
      el('cac:PartyTaxScheme', {}, [el('cac:TaxScheme', {}, [el('cbc:ID', {}, 'VAT')])]),
    buyer?.name !== undefined && el('cac:PartyLegalEntity', {}, [el('cbc:RegistrationName', {}, buyer.name)]),
  ]);
}

function taxCategory(code: TaxCategoryCode, percent: string, invoice: Invoice): XmlNodeSpec {
  const exemption =
    code === 'S' ? undefined : invoice.exemptions?.find((candidate) => candidate.taxCategory === code);
  return el('cac:TaxCategory', {}, [
    el('cbc:ID', TAX_CATEGORY_SCHEME, code),
    el('cbc:Percent', {}, percent),
    exemption?.reasonCode !== undefined && el('cbc:TaxExemptionReasonCode', {}, exemption.reasonCode),
    exemption !== undefined && el('cbc:TaxExemptionReason', {}, exemption.reason),
    el('cac:TaxScheme', {}, [el('cbc:ID', TAX_SCHEME_SCHEME, 'VAT')]),
  ]);
}

function documentAdjustment(adjustment: DocumentAdjustment, charge: boolean, money: Money): XmlNodeSpec {
  return el('cac:AllowanceCharge', {}, [
    el('cbc:ChargeIndicator', {}, String(charge)),
    el('cbc:AllowanceChargeReason', {}, adjustment.reason ?? (charge ? 'Charge' : 'Discount')),
    money('cbc:Amount', adjustment.amount),
    el('cac:TaxCategory', {}, [
      el('cbc:ID', TAX_CATEGORY_SCHEME, adjustment.taxCategory),
      el('cbc:Percent', {}, formatDecimal(decimal(adjustment.taxRate), 2)),
      el('cac:TaxScheme', {}, [el('cbc:ID', TAX_SCHEME_SCHEME, 'VAT')]),
    ]),
  ]);
}

function invoiceLine(line: InvoiceLine, totals: InvoiceTotals, index: number, money: Money): XmlNodeSpec {
  const amounts = totals.lines[index]!;
  const lineAdjustment = (charge: boolean) => (adjustment: { amount: DecimalInput; reason?: string }) =>
    el('cac:AllowanceCharge', {}, [
      el('cbc:ChargeIndicator', {}, String(charge)),
      el('cbc:AllowanceChargeReason', {}, adjustment.reason ?? (charge ? 'Charge' : 'Discount')),
      money('cbc:Amount', adjustment.amount),
    ]);
  return el('cac:InvoiceLine', {}, [
    el('cbc:ID', {}, line.id),
    el('cbc:InvoicedQuantity', { unitCode: line.unitCode ?? 'PCE' }, formatDecimal(decimal(line.quantity))),
    money('cbc:LineExtensionAmount', amounts.netAmount),
    ...(line.allowances ?? []).map(lineAdjustment(false)),
    ...(line.charges ?? []).map(lineAdjustment(true)),
    el('cac:TaxTotal', {}, [
      money('cbc:TaxAmount', amounts.vatAmount),
      money('cbc:RoundingAmount', amounts.amountWithVat),
    ]),
    el('cac:Item', {}, [
      el('cbc:Name', {}, line.name),
      el('cac:ClassifiedTaxCategory', {}, [
        el('cbc:ID', {}, line.taxCategory),
        el('cbc:Percent', {}, formatDecimal(decimal(line.taxRate), 2)),
        el('cac:TaxScheme', {}, [el('cbc:ID', {}, 'VAT')]),
      ]),
    ]),
    el('cac:Price', {}, [
      money('cbc:PriceAmount', line.price),
      line.baseQuantity !== undefined &&
        el(
          'cbc:BaseQuantity',
          { unitCode: line.unitCode ?? 'PCE' },
          formatDecimal(decimal(line.baseQuantity)),
        ),
    ]),
  ]);
}
