/**
 * Finds the structures of a signed invoice that must occur once but occur several times, that sit
 * outside their place, or that hide where neither UBL 2.1 nor ZATCA's layout puts anything.
 * ZATCA's scheme signs only the invoice hash, and the hash leaves out `ext:UBLExtensions`,
 * `cac:Signature` and the QR reference, while `ds:SignedInfo` is not signed at all: a second
 * `ds:Signature`, a second SignedProperties or QR reference, or an invoice line hidden inside one
 * of them changes neither the hash nor the signature. Readers that take another copy than the one
 * verified (or read hidden content) would then see something nobody signed, so each such
 * structure is reported. The expected layout is the one every SDK sample has (signing-rules §2):
 * a table of places, each naming the children it allows at most once. The tree is walked with an
 * explicit stack, never by recursion, since the input's depth is the sender's choice.
 */
import { childElement, textOf } from '../xml/dom.ts';
import type { XmlElement as Element, XmlNode as Node } from '../xml/dom-types.ts';
import { NS } from '../xml/namespaces.ts';
import type { VerificationCode } from './verification-codes.ts';

/** One structure problem: a duplicated, misplaced or unexpected element. */
export interface StructureFinding {
  readonly code: Extract<VerificationCode, `structure-${string}`>;
  readonly message: string;
  /** Where the element is, from the root's child down, e.g. `cac:Signature/ds:Signature`. */
  readonly path: string;
  /** `structure-duplicated`: `1`; `structure-misplaced`: the path where the element belongs. */
  readonly expected?: string;
  /** `structure-duplicated`: how many copies were found. */
  readonly actual?: string;
}

/** The extension URI of ZATCA's signature extension. */
export const SIGNATURE_EXTENSION_URI = 'urn:oasis:names:specification:ubl:dsig:enveloped:xades';

/**
 * How an element's children are checked: `strict` reports any child without a place,
 * `lenient` checks only the listed children (the root: lines, notes and the like may repeat),
 * `leaf` allows text only, `open` is not looked into (its content is hashed and left to the
 * schema and the business rules; the whole-document walk still finds signature parts in it).
 */
type Content = 'strict' | 'lenient' | 'leaf' | 'open';

/** A place in the layout: an element that may occur at most once (unless `many`) in its parent. */
interface Place {
  readonly namespaceURI: string;
  readonly localName: string;
  /** How the place is written in paths, e.g. `cac:AdditionalDocumentReference[ID=QR]`. */
  readonly label: string;
  /** Narrows the place to some of the elements of that name (a reference by its `cbc:ID`). */
  readonly select?: (element: Element) => boolean;
  readonly content: Content;
  readonly children: readonly Place[];
  /** The element may repeat here (e.g. `ds:Transform`). */
  readonly many?: boolean;
}

type Prefix = 'cac' | 'cbc' | 'ext' | 'sig' | 'sac' | 'sbc' | 'ds' | 'xades';

const place = (
  prefix: Prefix,
  localName: string,
  content: Content,
  children: readonly Place[] = [],
  extra: {
    readonly qualifier?: string;
    readonly select?: (element: Element) => boolean;
    readonly many?: boolean;
  } = {},
): Place => ({
  namespaceURI: NS[prefix],
  localName,
  label: `${prefix}:${localName}${extra.qualifier ? `[${extra.qualifier}]` : ''}`,
  content,
  children,
  ...(extra.select ? { select: extra.select } : {}),
  ...(extra.many ? { many: true } : {}),
});
const leaves = (prefix: Prefix, ...names: string[]): Place[] =>
  names.map((name) => place(prefix, name, 'leaf'));
const repeated = (prefix: Prefix, ...names: string[]): Place[] =>
  names.map((name) => place(prefix, name, 'leaf', [], { many: true }));

const digest = [place('ds', 'DigestMethod', 'leaf'), place('ds', 'DigestValue', 'leaf')];

/** `ds:Signature` as the SDK writes it (signing-rules §2). */
const dsSignature = place('ds', 'Signature', 'strict', [
  place('ds', 'SignedInfo', 'strict', [
    place('ds', 'CanonicalizationMethod', 'leaf'),
    place('ds', 'SignatureMethod', 'leaf'),
    // Exactly these two references and no other: verification reads them by Id and by URI.
    place(
      'ds',
      'Reference',
      'strict',
      [
        place('ds', 'Transforms', 'strict', [
          place('ds', 'Transform', 'strict', [place('ds', 'XPath', 'leaf')], { many: true }),
        ]),
        ...digest,
      ],
      {
        qualifier: 'Id=invoiceSignedData',
        select: (reference) =>
          reference.getAttribute('Id') === 'invoiceSignedData' &&
          (reference.getAttribute('URI') ?? '') === '',
      },
    ),
    place('ds', 'Reference', 'strict', digest, {
      qualifier: 'URI=#xadesSignedProperties',
      select: (reference) => reference.getAttribute('URI') === '#xadesSignedProperties',
    }),
  ]),
  place('ds', 'SignatureValue', 'leaf'),
  place('ds', 'KeyInfo', 'strict', [
    place('ds', 'X509Data', 'strict', [place('ds', 'X509Certificate', 'leaf')]),
  ]),
  place('ds', 'Object', 'strict', [
    place('xades', 'QualifyingProperties', 'strict', [
      place('xades', 'SignedProperties', 'strict', [
        place('xades', 'SignedSignatureProperties', 'strict', [
          place('xades', 'SigningTime', 'leaf'),
          place('xades', 'SigningCertificate', 'strict', [
            place('xades', 'Cert', 'strict', [
              place('xades', 'CertDigest', 'strict', digest),
              place('xades', 'IssuerSerial', 'strict', leaves('ds', 'X509IssuerName', 'X509SerialNumber')),
            ]),
          ]),
        ]),
      ]),
    ]),
  ]),
]);

/** `ext:UBLExtensions`: the signature extension only, once, and each element on its path once. */
const ublExtensions = place('ext', 'UBLExtensions', 'strict', [
  place(
    'ext',
    'UBLExtension',
    'strict',
    [
      // UBL 2.1 ExtensionType.
      ...leaves(
        'ext',
        'ID',
        'Name',
        'ExtensionAgencyID',
        'ExtensionAgencyName',
        'ExtensionVersionID',
        'ExtensionAgencyURI',
        'ExtensionURI',
        'ExtensionReasonCode',
        'ExtensionReason',
      ),
      place('ext', 'ExtensionContent', 'strict', [
        place('sig', 'UBLDocumentSignatures', 'strict', [
          place('sac', 'SignatureInformation', 'strict', [
            place('cbc', 'ID', 'leaf'),
            place('sbc', 'ReferencedSignatureID', 'leaf'),
            dsSignature,
          ]),
        ]),
      ]),
    ],
    {
      qualifier: `ExtensionURI=${SIGNATURE_EXTENSION_URI}`,
      select: (extension) =>
        textOf(childElement(extension, NS.ext, 'ExtensionURI'))?.trim() === SIGNATURE_EXTENSION_URI,
    },
  ),
]);

/**
 * An ICV, PIH or QR reference: the simple children of UBL 2.1 DocumentReferenceType and an
 * attachment holding the embedded object. UBL's other aggregates there (ValidityPeriod,
 * IssuerParty, ResultOfVerification, Attachment/ExternalReference) have no use in ZATCA's layout
 * and would hide content this check does not look into, so they count as unexpected.
 */
const keyedReference = (id: 'ICV' | 'PIH' | 'QR'): Place =>
  place(
    'cac',
    'AdditionalDocumentReference',
    'strict',
    [
      ...leaves(
        'cbc',
        'ID',
        'CopyIndicator',
        'UUID',
        'IssueDate',
        'IssueTime',
        'DocumentTypeCode',
        'DocumentType',
        'LanguageID',
        'LocaleCode',
        'VersionID',
        'DocumentStatusCode',
      ),
      ...repeated('cbc', 'XPath', 'DocumentDescription'),
      place('cac', 'Attachment', 'strict', [place('cbc', 'EmbeddedDocumentBinaryObject', 'leaf')]),
    ],
    {
      qualifier: `ID=${id}`,
      select: (reference) => referenceId(reference) === id,
    },
  );

/**
 * The root: the children UBL 2.1 allows at most once, the signature parts, and ICV, PIH and QR at
 * most once each (BR-KSA-33, BR-KSA-61, BR-KSA-27). Anything else (lines, notes, other
 * references) may repeat.
 */
const invoiceRoot: Place = {
  namespaceURI: NS.invoice,
  localName: 'Invoice',
  label: 'Invoice',
  content: 'lenient',
  children: [
    ublExtensions,
    // UBL 2.1 SignatureType's simple children; its aggregates have no use in ZATCA's layout, and
    // the whole element is left out of the hash (BR-KSA-28, BR-KSA-29, BR-KSA-30).
    place('cac', 'Signature', 'strict', [
      ...leaves(
        'cbc',
        'ID',
        'ValidationDate',
        'ValidationTime',
        'ValidatorID',
        'CanonicalizationMethod',
        'SignatureMethod',
      ),
      ...repeated('cbc', 'Note'),
    ]),
    keyedReference('ICV'),
    keyedReference('PIH'),
    keyedReference('QR'),
    ...leaves(
      'cbc',
      'UBLVersionID',
      'CustomizationID',
      'ProfileID',
      'ProfileExecutionID',
      'ID',
      'CopyIndicator',
      'UUID',
      'IssueDate',
      'IssueTime',
      'DueDate',
      'InvoiceTypeCode',
      'TaxPointDate',
      'DocumentCurrencyCode',
      'TaxCurrencyCode',
      'PricingCurrencyCode',
      'PaymentCurrencyCode',
      'PaymentAlternativeCurrencyCode',
      'AccountingCostCode',
      'AccountingCost',
      'LineCountNumeric',
      'BuyerReference',
    ),
    ...[
      'OrderReference',
      'AccountingSupplierParty',
      'AccountingCustomerParty',
      'PayeeParty',
      'BuyerCustomerParty',
      'SellerSupplierParty',
      'TaxRepresentativeParty',
      'DeliveryTerms',
      'TaxExchangeRate',
      'PricingExchangeRate',
      'PaymentExchangeRate',
      'PaymentAlternativeExchangeRate',
      'LegalMonetaryTotal',
    ].map((name) => place('cac', name, 'open')),
  ],
};

/**
 * The signature's parts, by name, with the path where each belongs: one found anywhere else in
 * the document (nested in a line, in `cac:Signature`, in a QR reference) is misplaced.
 */
const signatureParts: ReadonlyMap<string, string> = (() => {
  const parts = new Map<string, string>([[nameKey(NS.cac, 'Signature'), 'cac:Signature']]);
  const stack: [Place, string][] = [[ublExtensions, ublExtensions.label]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    // cbc:ID and the digest pair also occur elsewhere, legitimately.
    const ambiguous =
      current.namespaceURI === NS.cbc ||
      (current.namespaceURI === NS.ds && /^Digest(Method|Value)$/.test(current.localName));
    const key = nameKey(current.namespaceURI, current.localName);
    if (!ambiguous && !parts.has(key)) {
      parts.set(key, current.select ? path.replace(/\[[^\]]*\]$/, '') : path);
    }
    for (const child of current.children) stack.push([child, `${path}/${child.label}`]);
  }
  return parts;
})();

/** The `Id` the properties reference points to; another element bearing it is ambiguous. */
const SIGNED_PROPERTIES_ID = 'xadesSignedProperties';

/**
 * Finds, in an invoice's root element, every structure that occurs more often than ZATCA's
 * layout allows (`structure-duplicated`), every signature part found outside its place
 * (`structure-misplaced`) and every element with no place in the signature, `cac:Signature` or
 * an ICV/PIH/QR reference (`structure-unexpected`). Checked: at most one of each root child UBL
 * 2.1 allows once (`ext:UBLExtensions`, `cac:Signature`, `cbc:ID`, `cbc:UUID`, `cbc:IssueDate`,
 * `cbc:IssueTime`, `cbc:InvoiceTypeCode`, the parties, `cac:LegalMonetaryTotal`, …), of the
 * ICV, PIH and QR references, of the signature extension and of each element on its path down to
 * `xades:SigningTime` and `xades:Cert`; exactly the two `ds:Reference`s `invoiceSignedData` and
 * `#xadesSignedProperties`; one element with `Id="xadesSignedProperties"`. Missing elements
 * are not reported here (verification reports a missing signature, certificate or QR).
 *
 * @example
 * ```ts
 * for (const finding of checkInvoiceStructure(readInvoiceFacts(document).root)) {
 *   console.log(finding.code, finding.path); // structure-duplicated ext:UBLExtensions
 * }
 * ```
 */
export function checkInvoiceStructure(root: Element): StructureFinding[] {
  const findings: StructureFinding[] = [];
  /** Elements at their place: the first match of each place. */
  const placed = new Set<Element>([root]);
  /** Elements already reported: their content is not looked at again. */
  const reported = new Set<Element>();

  // 1. The expected places, from the root down.
  const stack: [Element, Place, string][] = [[root, invoiceRoot, '']];
  while (stack.length > 0) {
    const [parent, parentPlace, parentPath] = stack.pop()!;
    if (parentPlace.content === 'open') continue;
    const found = new Map<Place, Element[]>();
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      const match =
        parentPlace.content === 'leaf' ? undefined : parentPlace.children.find((p) => matches(p, element));
      if (match) {
        const copies = found.get(match);
        if (copies) copies.push(element);
        else found.set(match, [element]);
      } else if (parentPlace.content !== 'lenient') {
        reported.add(element);
        // A second ds:Reference or ext:UBLExtension of another kind is in its place, but unexpected.
        const kindOfAPlace = parentPlace.children.some((p) => isNamed(element, p.namespaceURI, p.localName));
        findings.push(outOfPlace(element, kindOfAPlace ? undefined : signatureParts.get(keyOf(element))));
      }
    }
    const next: [Element, Place, string][] = [];
    for (const [childPlace, copies] of found) {
      const path = parentPath ? `${parentPath}/${childPlace.label}` : childPlace.label;
      if (childPlace.many) {
        for (const copy of copies) next.push([copy, childPlace, path]);
        continue;
      }
      next.push([copies[0]!, childPlace, path]);
      if (copies.length > 1) {
        for (const copy of copies.slice(1)) reported.add(copy);
        findings.push({
          code: 'structure-duplicated',
          message: `${path} occurs ${copies.length} times where ZATCA's layout allows one: a reader may take another copy than the one verified.`,
          path,
          expected: '1',
          actual: String(copies.length),
        });
      }
    }
    for (const [element] of next) placed.add(element);
    stack.push(...next.reverse());
  }

  // 2. Signature parts and the SignedProperties Id anywhere else in the document.
  const walk: Node[] = root.firstChild ? [root.firstChild] : [];
  while (walk.length > 0) {
    const node = walk.pop()!;
    if (node.nextSibling) walk.push(node.nextSibling);
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (reported.has(element)) continue;
    if (!placed.has(element)) {
      const expected = signatureParts.get(keyOf(element));
      if (expected !== undefined) {
        findings.push(outOfPlace(element, expected));
        continue;
      }
    }
    if (
      element.getAttribute('Id') === SIGNED_PROPERTIES_ID &&
      !(placed.has(element) && isNamed(element, NS.xades, 'SignedProperties'))
    ) {
      const path = pathOf(element);
      findings.push({
        code: 'structure-duplicated',
        message: `${path} bears Id="${SIGNED_PROPERTIES_ID}", the target of the SignedProperties reference, which only xades:SignedProperties may bear.`,
        path,
        expected: signatureParts.get(nameKey(NS.xades, 'SignedProperties'))!,
      });
    }
    if (element.firstChild) walk.push(element.firstChild);
  }
  return findings;
}

const ELEMENT_NODE = 1;

function matches(candidate: Place, element: Element): boolean {
  return (
    element.localName === candidate.localName &&
    element.namespaceURI === candidate.namespaceURI &&
    (!candidate.select || candidate.select(element))
  );
}

function outOfPlace(element: Element, expected: string | undefined): StructureFinding {
  const path = pathOf(element);
  return expected !== undefined
    ? {
        code: 'structure-misplaced',
        message: `${path} is outside its place (${expected}): the signature does not cover it, and a reader may take it for the real one.`,
        path,
        expected,
      }
    : {
        code: 'structure-unexpected',
        message: `${path} has no place there in UBL 2.1 or ZATCA's layout: its content would escape verification.`,
        path,
      };
}

function referenceId(reference: Element): string | undefined {
  return textOf(childElement(reference, NS.cbc, 'ID'))?.trim();
}

function isNamed(element: Element, namespaceURI: string, localName: string): boolean {
  return element.localName === localName && element.namespaceURI === namespaceURI;
}

function nameKey(namespaceURI: string | null, localName: string | null): string {
  return `{${namespaceURI ?? ''}}${localName ?? ''}`;
}

function keyOf(element: Element): string {
  return nameKey(element.namespaceURI, element.localName);
}

const PREFIXES: ReadonlyMap<string, string> = new Map(
  (['cac', 'cbc', 'ext', 'sig', 'sac', 'sbc', 'ds', 'xades'] as const).map((prefix) => [NS[prefix], prefix]),
);

/** How many ancestors a path names at most: the input's depth is the sender's choice. */
const MAX_PATH_STEPS = 12;

/** The element's path below the root, with our prefixes (the document may bind others). */
function pathOf(element: Element): string {
  const steps: string[] = [];
  let current: Node | null = element;
  while (current?.parentNode && current.nodeType === ELEMENT_NODE && current.parentNode.parentNode) {
    if (steps.length === MAX_PATH_STEPS) {
      steps.push('…');
      break;
    }
    steps.push(stepOf(current as Element));
    current = current.parentNode;
  }
  return steps.reverse().join('/');
}

function stepOf(element: Element): string {
  const prefix = PREFIXES.get(element.namespaceURI ?? '');
  const name =
    prefix !== undefined
      ? `${prefix}:${element.localName}`
      : element.namespaceURI === NS.invoice
        ? (element.localName ?? '')
        : nameKey(element.namespaceURI, element.localName);
  if (isNamed(element, NS.cac, 'AdditionalDocumentReference')) {
    const id = referenceId(element);
    if (id !== undefined) return `${name}[ID=${id}]`;
  }
  if (isNamed(element, NS.ext, 'UBLExtension')) {
    const uri = textOf(childElement(element, NS.ext, 'ExtensionURI'))?.trim();
    if (uri !== undefined) return `${name}[ExtensionURI=${uri}]`;
  }
  return name;
}
