/**
 * Reads, from a parsed ZATCA invoice, the few values that signing and verification need: the
 * QR's invoice fields (seller, VAT number, time, totals), whether the invoice is simplified, its
 * PIH and ICV, and the signature parts if any. Elements are located by namespace URI and local
 * name under the root only, never by prefix or by searching the whole tree, so a line item's
 * `TaxTotal` can never be mistaken for the document's.
 */
import { SignatureError } from '../errors/signature-error.ts';
import { childElement, childElements, descend, textOf } from '../xml/dom.ts';
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
  const supplier = descend(root, [NS.cac, 'AccountingSupplierParty'], [NS.cac, 'Party']);
  const issueDate = textOf(childElement(root, NS.cbc, 'IssueDate'));
  const issueTime = textOf(childElement(root, NS.cbc, 'IssueTime'));
  return {
    root,
    simplified: (childElement(root, NS.cbc, 'InvoiceTypeCode')?.getAttribute('name') ?? '').startsWith('02'),
    sellerName:
      supplier && textOf(descend(supplier, [NS.cac, 'PartyLegalEntity'], [NS.cbc, 'RegistrationName'])),
    vatNumber: supplier && textOf(descend(supplier, [NS.cac, 'PartyTaxScheme'], [NS.cbc, 'CompanyID'])),
    timestamp: issueDate !== undefined && issueTime !== undefined ? `${issueDate}T${issueTime}` : undefined,
    invoiceTotal: textOf(descend(root, [NS.cac, 'LegalMonetaryTotal'], [NS.cbc, 'PayableAmount'])),
    vatTotal: taxTotalInTaxCurrency(root),
    previousInvoiceHash: textOf(
      descend(
        attachmentReference(root, 'PIH') ?? root,
        [NS.cac, 'Attachment'],
        [NS.cbc, 'EmbeddedDocumentBinaryObject'],
      ),
    ),
    invoiceCounter: textOf(childElement(attachmentReference(root, 'ICV') ?? root, NS.cbc, 'UUID')),
  };
}

/**
 * The root `Invoice` element.
 *
 * @throws {SignatureError} `not-an-invoice` otherwise.
 */
export function invoiceRoot(document: Document): Element {
  const root = document.documentElement;
  if (root?.localName !== 'Invoice' || root.namespaceURI !== NS.invoice) {
    throw new SignatureError(
      'not-an-invoice',
      `Expected a UBL 2.1 Invoice root element ({${NS.invoice}}Invoice), found ${root ? `{${root.namespaceURI ?? ''}}${root.localName}` : 'none'}.`,
    );
  }
  return root;
}

/** The root's `cac:AdditionalDocumentReference` whose `cbc:ID` is `id` (ICV, PIH, QR). */
export function attachmentReference(root: Element, id: string): Element | undefined {
  return childElements(root, NS.cac, 'AdditionalDocumentReference').find(
    (reference) => childElement(reference, NS.cbc, 'ID')?.textContent === id,
  );
}

/**
 * QR tag 5: the VAT total in the tax currency. A foreign-currency invoice has two document-level
 * `TaxTotal`s (BR-KSA-EN16931-09 asks for the SAR one); the QR takes the one whose amount is in
 * `TaxCurrencyCode` (SAR when absent), as every SDK sample does.
 */
function taxTotalInTaxCurrency(root: Element): string | undefined {
  const taxCurrency = textOf(childElement(root, NS.cbc, 'TaxCurrencyCode'))?.trim() || 'SAR';
  const amounts = childElements(root, NS.cac, 'TaxTotal')
    .map((total) => childElement(total, NS.cbc, 'TaxAmount'))
    .filter((amount): amount is Element => amount !== undefined);
  const inTaxCurrency = amounts.find((amount) => amount.getAttribute('currencyID') === taxCurrency);
  return textOf(inTaxCurrency ?? amounts[0]);
}
