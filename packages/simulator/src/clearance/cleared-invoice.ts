/**
 * The platform's `clearedInvoice`: the submitted XML with its QR set or replaced, and nothing else
 * changed — the taxpayer's signature and certificate stay, as in the decoded fragments of real
 * answers and in ZATCA's OpenAPI examples, whose QR holds tags 1–8 drawn from the taxpayer's
 * signature (fatoora-api.md §11, the `cleared-invoice` behaviour). The QR is outside the invoice
 * hash, so the cleared document keeps the hash the taxpayer submitted and chained on. The QR
 * fields are read here from the document as written (seller name and VAT number, issue time, the
 * payable and tax totals, the hash, the signature value and the signing certificate's key); a
 * document without a signature, or whose QR cannot be placed, comes back as it was sent.
 */
import { FatooraError } from '@fatoora/core/errors';
import { encodeQr } from '@fatoora/core/qr';
import type { InvoiceVerification } from '@fatoora/core/signing';
import { elementAt, elementsAt, invoiceRootOf, textAt } from '@fatoora/core/ubl';
import type { InvoiceDocument } from '../checks/document.ts';

type InvoiceRoot = NonNullable<ReturnType<typeof invoiceRootOf>>;

/** The QR reference's value: `<cbc:ID>QR</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject …>` then the text. */
const QR_VALUE =
  /(<((?:[\w.-]+:)?)ID>\s*QR\s*<\/\2ID>\s*<((?:[\w.-]+:)?)Attachment>\s*<\2EmbeddedDocumentBinaryObject\b[^>]*>)[^<]*(<\/\2EmbeddedDocumentBinaryObject>)/;
/** The whole PIH reference, after which a missing QR reference goes. */
const PIH_REFERENCE =
  /<((?:[\w.-]+:)?)AdditionalDocumentReference>\s*<((?:[\w.-]+:)?)ID>\s*PIH\s*<\/\2ID>[\s\S]*?<\/\1AdditionalDocumentReference>/;

/**
 * The cleared XML of a standard document that passed every check.
 *
 * @example
 * ```ts
 * const cleared = clearedInvoice(xml, document, verifyInvoice(document));
 * hashInvoice(cleared) === hashInvoice(xml); // true: only the QR changed
 * ```
 */
export function clearedInvoice(
  xml: string,
  document: InvoiceDocument,
  verification: InvoiceVerification,
): string {
  const qr = platformQr(document, verification);
  if (qr === undefined) return xml;
  if (QR_VALUE.test(xml))
    return xml.replace(QR_VALUE, (_match, open: string, _cbc, _cac, close: string) => `${open}${qr}${close}`);
  const pih = PIH_REFERENCE.exec(xml);
  if (!pih) return xml;
  const [block, cac = '', cbc = ''] = pih;
  const reference = `<${cac}AdditionalDocumentReference><${cbc}ID>QR</${cbc}ID><${cac}Attachment><${cbc}EmbeddedDocumentBinaryObject mimeCode="text/plain">${qr}</${cbc}EmbeddedDocumentBinaryObject></${cac}Attachment></${cac}AdditionalDocumentReference>`;
  const end = pih.index + block.length;
  return `${xml.slice(0, end)}${reference}${xml.slice(end)}`;
}

/** The QR the platform sets: tags 1–8, or `undefined` when a field is missing. */
function platformQr(document: InvoiceDocument, verification: InvoiceVerification): string | undefined {
  const root = invoiceRootOf(document);
  const signatureValue = textAt(
    root,
    'ext:UBLExtensions',
    'ext:UBLExtension',
    'ext:ExtensionContent',
    'sig:UBLDocumentSignatures',
    'sac:SignatureInformation',
    'ds:Signature',
    'ds:SignatureValue',
  );
  const { certificate } = verification;
  if (!root || !signatureValue || !certificate) return undefined;
  const supplier = elementAt(root, 'cac:AccountingSupplierParty', 'cac:Party');
  const issueDate = textAt(root, 'cbc:IssueDate');
  const issueTime = textAt(root, 'cbc:IssueTime');
  const fields = {
    sellerName: textAt(supplier, 'cac:PartyLegalEntity', 'cbc:RegistrationName'),
    vatNumber: textAt(supplier, 'cac:PartyTaxScheme', 'cbc:CompanyID'),
    timestamp: issueDate && issueTime ? `${issueDate}T${issueTime}` : undefined,
    invoiceTotal: textAt(root, 'cac:LegalMonetaryTotal', 'cbc:PayableAmount'),
    vatTotal: taxTotalInTaxCurrency(root),
  };
  const { sellerName, vatNumber, timestamp, invoiceTotal, vatTotal } = fields;
  if (!sellerName || !vatNumber || !timestamp || !invoiceTotal || !vatTotal) return undefined;
  try {
    return encodeQr(
      {
        sellerName,
        vatNumber,
        timestamp,
        invoiceTotal,
        vatTotal,
        invoiceHash: verification.invoiceHash,
        signature: signatureValue,
        publicKey: certificate.spki,
      },
      { allowLongValues: true },
    );
  } catch (cause) {
    if (cause instanceof FatooraError) return undefined;
    throw cause;
  }
}

/** The tax total in the tax currency (BT-111 before BT-110), as the QR's tag 5 takes it. */
function taxTotalInTaxCurrency(root: InvoiceRoot): string | undefined {
  const currency = textAt(root, 'cbc:TaxCurrencyCode') || 'SAR';
  const amounts = elementsAt(root, 'cac:TaxTotal')
    .map((total) => elementAt(total, 'cbc:TaxAmount'))
    .filter((amount) => amount !== undefined);
  return textAt(amounts.find((amount) => amount.getAttribute('currencyID') === currency) ?? amounts[0]);
}
