/**
 * The two other ZATCA libraries on npm, set up to sign the same ten-line simplified invoice with
 * the same SDK test key and certificate, each through the API its README shows. Their invoice
 * objects are built here, outside the timed functions, so the timings cover signing (hash,
 * signature, XAdES, QR) — for zatca-sdk, whose `signInvoice` starts from its invoice model, the
 * XML building it does inside that call is included; its low-level hash + signature path is
 * timed too.
 */
import * as zatcaSdk from 'zatca-sdk';
import { ZATCASimplifiedTaxInvoice } from 'zatca-xml-js';

/** Ten lines as [name, quantity, unit price in SAR], the same as the fixture's. */
export const LINES: readonly [string, number, number][] = [
  ['Book', 3, 40],
  ['Pen', 12, 5],
  ['Notebook', 4, 15],
  ['Bag', 1, 120],
  ['Ruler', 6, 3],
  ['Eraser', 10, 2],
  ['Calculator', 2, 85],
  ['Crayons', 5, 12],
  ['Paper ream', 8, 25],
  ['Scissors', 3, 11],
];

const PIH = 'NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==';

/** The EGS unit zatca-xml-js's invoices name: the SDK sample seller. */
export const ZATCA_XML_JS_EGS = {
  uuid: '6f4d20e0-6bfe-4a80-9389-7dabe6620f12',
  custom_id: 'EGS1-886431145',
  model: 'IOS',
  CRN_number: '1010010000',
  VAT_name: 'Maximum Speed Tech Supply LTD',
  VAT_number: '399999999900003',
  location: {
    city: 'Riyadh',
    city_subdivision: 'Al-Murabba',
    street: 'Prince Sultan',
    plot_identification: '0000',
    building: '2322',
    postal_zone: '23333',
  },
  branch_name: 'Riyadh Branch',
  branch_industry: 'Supply activities',
} as const;

/** The seller zatca-sdk's invoices name, in its invoice model: the SDK sample seller. */
export const ZATCA_SDK_SELLER = {
  registrationName: 'Maximum Speed Tech Supply LTD',
  vatNumber: '399999999900003',
  identification: { schemeId: 'CRN' as const, value: '1010010000' },
  address: {
    street: 'Prince Sultan',
    buildingNumber: '2322',
    citySubdivision: 'Al-Murabba',
    city: 'Riyadh',
    postalCode: '23333',
    country: 'SA',
  },
};

/** zatca-xml-js: its simplified invoice object, and a function that signs it. */
export function zatcaXmlJs(certificatePem: string, privateKeyPem: string): { sign: () => string } {
  const invoice = buildZatcaXmlJsInvoice();
  return { sign: () => invoice.sign(certificatePem, privateKeyPem).signed_invoice_string };
}

/**
 * zatca-xml-js: builds its simplified invoice (UBL from its model, with its own totals) — what
 * `buildInvoice` does for fatoora, without fatoora's validation.
 */
export function buildZatcaXmlJsInvoice(): ZATCASimplifiedTaxInvoice {
  return new ZATCASimplifiedTaxInvoice({
    props: {
      egs_info: ZATCA_XML_JS_EGS,
      invoice_counter_number: 1,
      invoice_serial_number: 'SME00010',
      issue_date: '2022-08-17',
      issue_time: '17:41:08',
      previous_invoice_hash: PIH,
      line_items: LINES.map(([name, quantity, price], index) => ({
        id: String(index + 1),
        name,
        quantity,
        tax_exclusive_price: price,
        VAT_percent: 0.15,
      })),
    },
  } as ConstructorParameters<typeof ZATCASimplifiedTaxInvoice>[0]);
}

/** zatca-sdk: its invoice model, its async `signInvoice`, and its low-level hash/sign/verify. */
export function zatcaSdkLibrary(certificatePem: string, privateKeyPem: string) {
  const lines = LINES.map(([name, quantity, price], index) => {
    const lineTotal = quantity * price;
    return {
      id: String(index + 1),
      name,
      quantity,
      unitCode: 'PCE',
      unitPrice: price,
      lineTotal,
      vatCategory: 'S' as const,
      vatPercent: 15,
      vatAmount: Math.round(lineTotal * 15) / 100,
    };
  });
  const net = lines.reduce((sum, line) => sum + line.lineTotal, 0);
  const tax = Math.round(net * 15) / 100;
  const invoice = {
    id: 'SME00010',
    uuid: '8e6000cf-1a98-4174-b3e7-b5d5954bc10d',
    issueDate: '2022-08-17',
    issueTime: '17:41:08',
    invoiceTypeCode: '388' as const,
    invoiceSubType: '0200000',
    documentCurrency: 'SAR',
    taxCurrency: 'SAR',
    invoiceCounterValue: 1,
    previousInvoiceHash: PIH,
    seller: ZATCA_SDK_SELLER,
    paymentMeansCode: '10',
    lineExtensionAmount: net,
    taxExclusiveAmount: net,
    taxInclusiveAmount: net + tax,
    payableAmount: net + tax,
    taxTotal: tax,
    taxSubtotals: [{ taxableAmount: net, taxAmount: tax, taxCategory: 'S' as const, taxPercent: 15 }],
    lines,
  };
  const config = {
    credentials: { certificate: certificatePem, privateKey: privateKeyPem },
    signingTime: '2024-01-01T00:00:00',
    skipQrImage: true,
  };
  return {
    async sign(): Promise<string> {
      const result = await zatcaSdk.signInvoice(
        invoice as Parameters<typeof zatcaSdk.signInvoice>[0],
        config,
      );
      if (!result.success) throw new Error(`zatca-sdk signInvoice failed: ${JSON.stringify(result.error)}`);
      return result.data.signedXml;
    },
    /** Hash (its ZATCA canonicalization) + ECDSA only, from XML: no XAdES, no QR. */
    hashAndSign(xml: string): string {
      const signature = zatcaSdk.signInvoiceHash(invoiceHash(xml), privateKeyPem);
      if (!signature.success) throw new Error('zatca-sdk signInvoiceHash failed');
      return signature.data;
    },
    /** Hash recomputation + ECDSA verification: zatca-sdk's verification primitives. */
    verify(xml: string, signature: string, publicPoint: Uint8Array): boolean {
      return zatcaSdk.verifyInvoiceSignature(invoiceHash(xml), signature, publicPoint);
    },
  };
}

/** zatca-sdk's ZATCA invoice hash of XML (its `hashInvoiceXML` is a plain SHA-256 of the text). */
function invoiceHash(xml: string): string {
  const result = zatcaSdk.computeInvoiceHashFromXml(xml);
  if (!result.success)
    throw new Error(`zatca-sdk computeInvoiceHashFromXml failed: ${JSON.stringify(result.error)}`);
  return result.data;
}
