/**
 * Reads, from a parsed ZATCA invoice, the few values that signing and verification need: the
 * QR's invoice fields (seller, VAT number, time, totals), whether the invoice is simplified, its
 * PIH and ICV. Paths go through core's one UBL reader (`ubl/ubl-paths.ts`): from the root only,
 * by namespace URI and local name, never by prefix or by searching the whole tree, so a line
 * item's `TaxTotal` can never be mistaken for the document's. Values are read as written
 * (untrimmed), since the QR must carry what the document says.
 */
import { SignatureError } from '../errors/signature-error.ts';
import {
  attributeAt,
  documentReference,
  elementAt,
  elementsAt,
  invoiceRootOf,
  textAt,
  valueAt,
} from '../ubl/ubl-paths.ts';
import type { XmlDocument as Document, XmlElement as Element } from '../xml/dom-types.ts';
import { NS } from '../xml/namespaces.ts';

/** The invoice-describing part of the QR (tags 1–5) plus what decides tags 8–9. */
export interface InvoiceFacts {
  readonly root: Element;
  /** `InvoiceTypeCode/@name` starts with `02`: a simplified (B2C) invoice, QR tags 1–9. */
  readonly simplified: boolean;
  readonly sellerName: string | undefined;
  readonly vatNumber: string | undefined;
  /** `IssueDate` + `T` + `IssueTime`. */
  readonly timestamp: string | undefined;
  /** `LegalMonetaryTotal/PayableAmount` text (QR tag 4). */
  readonly invoiceTotal: string | undefined;
  /** The document-level `TaxTotal/TaxAmount` in the tax currency (SAR), as written (QR tag 5). */
  readonly vatTotal: string | undefined;
  /** The PIH attachment text. */
  readonly previousInvoiceHash: string | undefined;
  /** The ICV (`AdditionalDocumentReference[ID='ICV']/UUID`). */
  readonly invoiceCounter: string | undefined;
}

/**
 * Reads the invoice facts of a parsed document.
 *
 * @throws {SignatureError} `not-an-invoice` when the root is not a UBL 2.1 `Invoice` (ZATCA
 * issues credit and debit notes as `Invoice` documents too).
 * @example
 * ```ts
 * readInvoiceFacts(parseXml(xml)).simplified; // true for InvoiceTypeCode name="0200000"
 * ```
 */
export function readInvoiceFacts(document: Document): InvoiceFacts {
  const root = invoiceRoot(document);
  const supplier = elementAt(root, 'cac:AccountingSupplierParty', 'cac:Party');
  const issueDate = valueAt(root, 'cbc:IssueDate');
  const issueTime = valueAt(root, 'cbc:IssueTime');
  return {
    root,
    simplified: (attributeAt(root, 'name', 'cbc:InvoiceTypeCode') ?? '').startsWith('02'),
    sellerName: valueAt(supplier, 'cac:PartyLegalEntity', 'cbc:RegistrationName'),
    vatNumber: valueAt(supplier, 'cac:PartyTaxScheme', 'cbc:CompanyID'),
    timestamp: issueDate !== undefined && issueTime !== undefined ? `${issueDate}T${issueTime}` : undefined,
    invoiceTotal: valueAt(root, 'cac:LegalMonetaryTotal', 'cbc:PayableAmount'),
    vatTotal: taxTotalInTaxCurrency(root),
    previousInvoiceHash: valueAt(
      documentReference(root, 'PIH', 'exact'),
      'cac:Attachment',
      'cbc:EmbeddedDocumentBinaryObject',
    ),
    invoiceCounter: valueAt(documentReference(root, 'ICV', 'exact'), 'cbc:UUID'),
  };
}

/**
 * The root `Invoice` element.
 *
 * @throws {SignatureError} `not-an-invoice` otherwise.
 * @example
 * ```ts
 * const root = invoiceRoot(readXml(signedXml));
 * ```
 */
export function invoiceRoot(document: Document): Element {
  const root = invoiceRootOf(document);
  if (!root) {
    const found = document.documentElement;
    throw new SignatureError(
      'not-an-invoice',
      `Expected a UBL 2.1 Invoice root element ({${NS.invoice}}Invoice), found ${found ? `{${found.namespaceURI ?? ''}}${found.localName}` : 'none'}.`,
    );
  }
  return root;
}

/**
 * QR tag 5: the VAT total in the tax currency. A foreign-currency invoice has two document-level
 * `TaxTotal`s (BR-KSA-EN16931-09 asks for the SAR one); the QR takes the one whose amount is in
 * `TaxCurrencyCode` (SAR when absent), as every SDK sample does.
 */
function taxTotalInTaxCurrency(root: Element): string | undefined {
  const taxCurrency = textAt(root, 'cbc:TaxCurrencyCode') || 'SAR';
  const amounts = elementsAt(root, 'cac:TaxTotal')
    .map((total) => elementAt(total, 'cbc:TaxAmount'))
    .filter((amount): amount is Element => amount !== undefined);
  const inTaxCurrency = amounts.find((amount) => amount.getAttribute('currencyID') === taxCurrency);
  return valueAt(inTaxCurrency ?? amounts[0]);
}
