/**
 * Documents written by other ZATCA libraries, for the agreement check (issue 10): the two on npm
 * that build and sign invoices, zatca-xml-js and zatca-sdk, each driven through the API its
 * README shows, with the SDK's test key and certificate. They are documents "from the wild" in the
 * sense that matters here — UBL written by someone else's code, with its own habits (a `Z` on the
 * signing time, its own rounding, its own element choices) — and, unlike files copied out of
 * other repositories, they come from registry packages that CI installs like any dependency.
 * Each document has fixed dates and amounts; only zatca-xml-js's signing time follows the clock.
 */
import * as zatcaSdk from 'zatca-sdk';
import { ZATCAInvoiceTypes, ZATCAPaymentMethods, ZATCASimplifiedTaxInvoice } from 'zatca-xml-js';
import { ZATCA_SDK_SELLER, ZATCA_XML_JS_EGS } from '../competitors.ts';

/** The seed PIH of a new chain (SDK `PIH/pih.txt`). */
const FIRST_PIH = 'NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==';
const ISSUE_DATE = '2024-05-01';
const ISSUE_TIME = '10:15:30';
const SIGNING_TIME = '2024-05-01T10:16:00';

/** A document another library wrote, with where it came from. */
export interface ForeignDocument {
  /** File-safe name. */
  readonly name: string;
  /** `package@version`, and the API that wrote it. */
  readonly source: string;
  readonly xml: string;
}

type XmlJsProps = NonNullable<ConstructorParameters<typeof ZATCASimplifiedTaxInvoice>[0]['props']>;

const XML_JS_EGS = ZATCA_XML_JS_EGS as unknown as XmlJsProps['egs_info'];

function xmlJsDocument(name: string, props: Partial<XmlJsProps>, certificate: string, key: string) {
  const invoice = new ZATCASimplifiedTaxInvoice({
    props: {
      egs_info: XML_JS_EGS,
      invoice_counter_number: 1,
      invoice_serial_number: `XJ-${name}`,
      issue_date: ISSUE_DATE,
      issue_time: ISSUE_TIME,
      previous_invoice_hash: FIRST_PIH,
      line_items: [
        { id: '1', name: 'Book', quantity: 3, tax_exclusive_price: 40, VAT_percent: 0.15 },
        { id: '2', name: 'Pen', quantity: 12, tax_exclusive_price: 5, VAT_percent: 0.15 },
      ],
      ...props,
    } as XmlJsProps,
  });
  // zatca-xml-js stamps xades:SigningTime from the clock (with a trailing Z); only that part of
  // the document differs from run to run, and no verdict below depends on it.
  return invoice.sign(certificate, key).signed_invoice_string;
}

/** zatca-xml-js: simplified documents (the only kind it writes), with its variants. */
function xmlJsDocuments(certificate: string, key: string): ForeignDocument[] {
  const source = 'zatca-xml-js@0.1.9 ZATCASimplifiedTaxInvoice#sign';
  const cancelation = (type: ZATCAInvoiceTypes) => ({
    canceled_invoice_number: 7,
    payment_method: ZATCAPaymentMethods.CASH,
    cancelation_type: type,
    reason: 'Returned goods',
  });
  const cases: [string, Partial<XmlJsProps>][] = [
    ['xmljs-simplified-invoice', {}],
    [
      'xmljs-simplified-line-discounts',
      {
        line_items: [
          {
            id: '1',
            name: 'Book',
            quantity: 3,
            tax_exclusive_price: 40,
            VAT_percent: 0.15,
            discounts: [{ amount: 5, reason: 'Loyalty' }],
          },
        ],
      },
    ],
    ['xmljs-simplified-credit-note', { cancelation: cancelation(ZATCAInvoiceTypes.CREDIT_NOTE) }],
    ['xmljs-simplified-debit-note', { cancelation: cancelation(ZATCAInvoiceTypes.DEBIT_NOTE) }],
  ];
  return cases.map(([name, props]) => ({ name, source, xml: xmlJsDocument(name, props, certificate, key) }));
}

type SdkInvoice = Parameters<typeof zatcaSdk.signInvoice>[0];

const SDK_BUYER = {
  registrationName: 'Fatoora Samples LTD',
  vatNumber: '399999999800003',
  address: {
    street: 'Salah Al-Din',
    buildingNumber: '1111',
    citySubdivision: 'Al-Murooj',
    city: 'Riyadh',
    postalCode: '12222',
    country: 'SA',
  },
};

/** Two-decimal rounding as zatca-sdk's callers are told to do it (its model takes numbers). */
const round2 = (value: number) => Math.round(value * 100) / 100;

function sdkInvoice(
  name: string,
  subType: string,
  typeCode: '388' | '381' | '383',
  options: { buyer?: boolean; allowance?: number; zeroRated?: boolean } = {},
): SdkInvoice {
  const category = options.zeroRated ? ('Z' as const) : ('S' as const);
  const percent = options.zeroRated ? 0 : 15;
  const lines = [
    ['Book', 3, 40],
    ['Pen', 12, 5],
  ].map(([itemName, quantity, price], index) => {
    const lineTotal = round2((quantity as number) * (price as number));
    return {
      id: String(index + 1),
      name: itemName as string,
      quantity: quantity as number,
      unitCode: 'PCE',
      unitPrice: price as number,
      lineTotal,
      vatCategory: category,
      vatPercent: percent,
      vatAmount: round2((lineTotal * percent) / 100),
    };
  });
  const net = round2(lines.reduce((sum, line) => sum + line.lineTotal, 0));
  const allowance = options.allowance ?? 0;
  const taxable = round2(net - allowance);
  const tax = round2((taxable * percent) / 100);
  return {
    id: `SDK-${name}`,
    uuid: '8e6000cf-1a98-4174-b3e7-b5d5954bc10d',
    issueDate: ISSUE_DATE,
    issueTime: ISSUE_TIME,
    invoiceTypeCode: typeCode,
    invoiceSubType: subType,
    documentCurrency: 'SAR',
    taxCurrency: 'SAR',
    invoiceCounterValue: 1,
    previousInvoiceHash: FIRST_PIH,
    seller: ZATCA_SDK_SELLER,
    ...(options.buyer ? { buyer: SDK_BUYER, actualDeliveryDate: ISSUE_DATE } : {}),
    ...(typeCode !== '388'
      ? { billingReference: { invoiceId: 'SDK-0007' }, creditDebitReason: 'Returned goods' }
      : {}),
    paymentMeansCode: '10',
    ...(allowance > 0
      ? {
          allowances: [{ amount: allowance, reason: 'Discount', vatCategory: category, vatPercent: percent }],
          allowanceTotalAmount: allowance,
        }
      : {}),
    lineExtensionAmount: net,
    taxExclusiveAmount: taxable,
    taxInclusiveAmount: round2(taxable + tax),
    payableAmount: round2(taxable + tax),
    taxTotal: tax,
    taxSubtotals: [
      {
        taxableAmount: taxable,
        taxAmount: tax,
        taxCategory: category,
        taxPercent: percent,
        ...(options.zeroRated
          ? { exemptionReasonCode: 'VATEX-SA-32', exemptionReason: 'Export of goods' }
          : {}),
      },
    ],
    lines,
  } as SdkInvoice;
}

/** zatca-sdk: standard and simplified invoices and notes, an allowance, a zero-rated export. */
async function sdkDocuments(certificate: string, key: string): Promise<ForeignDocument[]> {
  const source = 'zatca-sdk@0.1.2 signInvoice';
  const cases: [string, SdkInvoice][] = [
    ['sdk-simplified-invoice', sdkInvoice('simplified-invoice', '0200000', '388')],
    ['sdk-simplified-debit-note', sdkInvoice('simplified-debit-note', '0200000', '383')],
    ['sdk-standard-invoice', sdkInvoice('standard-invoice', '0100000', '388', { buyer: true })],
    ['sdk-standard-credit-note', sdkInvoice('standard-credit-note', '0100000', '381', { buyer: true })],
    [
      'sdk-simplified-document-allowance',
      sdkInvoice('simplified-document-allowance', '0200000', '388', { allowance: 10 }),
    ],
    [
      'sdk-standard-zero-rated-export',
      sdkInvoice('standard-zero-rated-export', '0100000', '388', { buyer: true, zeroRated: true }),
    ],
  ];
  const documents: ForeignDocument[] = [];
  for (const [name, invoice] of cases) {
    const result = await zatcaSdk.signInvoice(invoice, {
      credentials: { certificate, privateKey: key },
      signingTime: SIGNING_TIME,
      skipQrImage: true,
    });
    if (!result.success) throw new Error(`zatca-sdk could not sign ${name}: ${JSON.stringify(result.error)}`);
    documents.push({ name, source, xml: result.data.signedXml });
  }
  return documents;
}

/**
 * Every document the other libraries write for the agreement check.
 *
 * @example
 * ```ts
 * const documents = await foreignDocuments(certificatePem, privateKeyPem);
 * documents.map((document) => document.name); // ['xmljs-simplified-invoice', …]
 * ```
 */
export async function foreignDocuments(certificate: string, key: string): Promise<ForeignDocument[]> {
  return [...xmlJsDocuments(certificate, key), ...(await sdkDocuments(certificate, key))];
}
