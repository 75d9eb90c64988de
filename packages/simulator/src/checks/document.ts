/**
 * The first thing the platform checks, and the one that stops all others: the `invoice` field is
 * base64 of UTF-8 XML, the XML is well-formed and DOCTYPE-free (core's strict reader), and the
 * document has what the UBL 2.1 Invoice schema requires (root, ID, issue date and time in
 * `xs:date` / `xs:time` form, supplier, customer, monetary totals, at least one line, one element
 * in each extension's content). A failure is `XSD_ZATCA_INVALID`; success is the info message
 * `XSD_ZATCA_VALID`. It also reads the facts the other check families need: UUID, issue date and
 * time, document kind (KSA-2 subtype and type code, BR-KSA-05 and BR-KSA-06 when unreadable — the
 * KSA-2 name in the 7-, 8- or 9-character form ZATCA's rule accepts), ICV, PIH and the seller's
 * VAT number. This is not a full XSD validation: element order and datatypes beyond these are not
 * checked. Nodes are located with core's UBL path reader; what is judged of them is derived here,
 * on purpose (README, "What the simulator derives itself").
 */
import { type ComplianceDocumentKind, documentKindOf } from '@fatoora/core/model';
import {
  documentReference,
  elementAt,
  elementsAt,
  invoiceRootOf,
  textAt,
  type UblStep,
} from '@fatoora/core/ubl';
import { NS, readXml, toXmlText } from '@fatoora/core/xml';
import { base64 } from '@scure/base';
import { error, info, type ValidationMessage } from './validation-results.ts';

/** A document parsed by core's strict reader. */
export type InvoiceDocument = ReturnType<typeof readXml>;

/** A submitted document that passed the XSD stage, with the facts the other checks read. */
export interface SubmittedInvoice {
  /** The XML text exactly as submitted (after base64 and UTF-8 decoding). */
  readonly xml: string;
  readonly document: InvoiceDocument;
  readonly uuid: string | undefined;
  readonly issueDate: string | undefined;
  readonly issueTime: string | undefined;
  /**
   * One of core's six `DOCUMENT_KINDS`, from the KSA-2 subtype (positions 1–2: `01` standard,
   * `02` simplified) and the BT-3 type code; undefined when either is unreadable (BR-KSA-05 /
   * BR-KSA-06 reported).
   */
  readonly kind: ComplianceDocumentKind | undefined;
  /** The ICV text (KSA-16). */
  readonly counter: string | undefined;
  /** The PIH text (KSA-13). */
  readonly previousInvoiceHash: string | undefined;
  /** BT-31, the seller's VAT number. */
  readonly sellerVatNumber: string | undefined;
  /** The QR text (KSA-14). */
  readonly qrText: string | undefined;
}

/** What {@link readSubmittedInvoice} found. */
export type DocumentReading =
  | { readonly ok: true; readonly invoice: SubmittedInvoice; readonly messages: ValidationMessage[] }
  | { readonly ok: false; readonly messages: ValidationMessage[] };

const XSD = 'XSD validation';
const XSD_VALID = info(
  'XSD_ZATCA_VALID',
  XSD,
  'Complied with UBL 2.1 standards in line with ZATCA specifications',
);
const invalid = (detail: string) =>
  error(
    'XSD_ZATCA_INVALID',
    XSD,
    `Schema validation failed; XML does not comply with UBL 2.1 standards in line with ZATCA specifications. ERROR: ${detail}`,
  );

/** BR-KSA-05's text, from the SDK's rule file (the platform leaves out the `[BR-KSA-05]-` prefix). */
const BR_KSA_05 =
  'The invoice type code (BT-3) must be equal to one of value from the subset of UN/CEFACT code list 1001, D.16B agreed for KSA electronic invoices. Please refer paragraph 11.2.1 of XML implementation Standards.';
/** BR-KSA-06's text as the platform answers it (ZATCA's OpenAPI example, cut short there too). */
const BR_KSA_06 =
  'The invoice transaction code (KSA-2) must exist and respect the following structure: NNPNESB where NN (positions 1 and 2) = invoice subtype: -   01 for tax invoice -   02 for simplified tax invoice P (position 3) = 3rd Party invoice transaction, 0 for false, 1 for true N (position 4) = Nominal invoice transaction, 0 for false, 1 for true E (position 5) = Exports invoice transaction, 0 for false, 1 for true S (position 6) = Summary invoice transaction, 0 for false, 1 for true B (position 7) = Self billed invoice';

const XS_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-]\d{2}:\d{2})?$/;
const XS_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
/**
 * KSA-2 as BR-KSA-06 accepts it in the SDK's rule file: 01 or 02, then five flags (P N E S B) and
 * optionally two more (C, continuous supply; G, B2G) — 7, 8 or 9 characters.
 */
export const TRANSACTION_CODE = /^0[12][01]{5,7}$/;

/** Root children the UBL 2.1 Invoice schema requires (minOccurs 1). */
const REQUIRED: readonly UblStep[] = [
  'cbc:ID',
  'cbc:IssueDate',
  'cac:AccountingSupplierParty',
  'cac:AccountingCustomerParty',
  'cac:LegalMonetaryTotal',
  'cac:InvoiceLine',
];

/**
 * Decodes and reads the `invoice` field of a submission.
 *
 * @example
 * ```ts
 * const reading = readSubmittedInvoice(body.invoice);
 * if (reading.ok) reading.invoice.kind; // 'simplified-invoice'
 * ```
 */
export function readSubmittedInvoice(encoded: unknown): DocumentReading {
  if (typeof encoded !== 'string' || encoded.trim() === '') {
    return { ok: false, messages: [invalid('the request has no "invoice" (base64 of the signed XML).')] };
  }
  let bytes: Uint8Array;
  try {
    bytes = base64.decode(encoded.trim());
  } catch {
    return { ok: false, messages: [invalid('"invoice" is not base64.')] };
  }
  let xml: string;
  let document: InvoiceDocument;
  try {
    // Core decodes the bytes as UTF-8 strictly (naming the first bad byte); its reader refuses
    // another declared encoding, XML 1.1, and anything past its limits.
    xml = toXmlText(bytes);
    document = readXml(xml);
  } catch (cause) {
    return { ok: false, messages: [invalid((cause as Error).message)] };
  }
  const root = invoiceRootOf(document);
  if (!root) {
    return { ok: false, messages: [invalid(`the root element must be {${NS.invoice}}Invoice.`)] };
  }
  const problems: string[] = [];
  for (const step of REQUIRED) {
    if (elementsAt(root, step).length === 0) problems.push(`${step} is missing`);
  }
  const issueDate = textAt(root, 'cbc:IssueDate');
  const issueTime = textAt(root, 'cbc:IssueTime');
  if (issueDate !== undefined && !XS_DATE.test(issueDate))
    problems.push(`cbc:IssueDate "${issueDate}" is not an xs:date`);
  if (issueTime !== undefined && !XS_TIME.test(issueTime))
    problems.push(`cbc:IssueTime "${issueTime}" is not an xs:time`);
  problems.push(...extensionContentProblems(root));
  if (problems.length > 0) return { ok: false, messages: [invalid(`${problems.join('; ')}.`)] };

  const messages: ValidationMessage[] = [XSD_VALID];
  const typeCodeElement = elementAt(root, 'cbc:InvoiceTypeCode');
  const typeCode = textAt(typeCodeElement);
  const transactionCode = typeCodeElement?.getAttribute('name') ?? undefined;
  if (typeCode !== '388' && typeCode !== '381' && typeCode !== '383') {
    messages.push(error('BR-KSA-05', 'KSA', BR_KSA_05)); // BR-KSA-05
  }
  if (transactionCode === undefined || !TRANSACTION_CODE.test(transactionCode)) {
    messages.push(error('BR-KSA-06', 'KSA', BR_KSA_06)); // BR-KSA-06
  }
  const kind =
    (typeCode === '388' || typeCode === '381' || typeCode === '383') &&
    transactionCode !== undefined &&
    TRANSACTION_CODE.test(transactionCode)
      ? documentKindOf(transactionCode.startsWith('01') ? 'standard' : 'simplified', typeCode)
      : undefined;
  return {
    ok: true,
    messages,
    invoice: {
      xml,
      document,
      uuid: textAt(root, 'cbc:UUID'),
      issueDate,
      issueTime,
      kind,
      counter: textAt(documentReference(root, 'ICV'), 'cbc:UUID'),
      previousInvoiceHash: textAt(
        documentReference(root, 'PIH'),
        'cac:Attachment',
        'cbc:EmbeddedDocumentBinaryObject',
      ),
      sellerVatNumber: textAt(
        root,
        'cac:AccountingSupplierParty',
        'cac:Party',
        'cac:PartyTaxScheme',
        'cbc:CompanyID',
      ),
      qrText: textAt(documentReference(root, 'QR'), 'cac:Attachment', 'cbc:EmbeddedDocumentBinaryObject'),
    },
  };
}

type UblElement = ReturnType<typeof elementsAt>[number];

/** The DOM's node type of an element. */
const ELEMENT_NODE = 1;

/**
 * The UBL 2.1 schema's `ExtensionContentType` (UBL-ExtensionContentDataType-2.1.xsd): exactly one
 * element, of a namespace other than the extension components' (`<xsd:any namespace="##other"
 * minOccurs="1" maxOccurs="1"/>`). An empty `ext:ExtensionContent` — the signature's place kept
 * in an unsigned document — fails ZATCA's XSD stage (`cvc-complex-type.2.4.b`), as the
 * differential check on real-world documents showed (internal/differential).
 */
function extensionContentProblems(root: UblElement): string[] {
  const problems: string[] = [];
  for (const extension of elementsAt(root, 'ext:UBLExtensions', 'ext:UBLExtension')) {
    for (const content of elementsAt(extension, 'ext:ExtensionContent')) {
      const children: UblElement[] = [];
      for (let node = content.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === ELEMENT_NODE) children.push(node as UblElement);
      }
      if (children.length !== 1 || children[0]?.namespaceURI === NS.ext) {
        problems.push(
          `ext:ExtensionContent must hold exactly one element of a namespace other than ext's (it holds ${children.length})`,
        );
      }
    }
  }
  return problems;
}
