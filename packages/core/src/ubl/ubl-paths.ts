/**
 * The one reader of UBL documents by path, shared by signing (the facts it signs, verifies and
 * puts in the QR), the model reader (`read-invoice.ts` and each aggregate's reader) and the
 * simulator. A path is a list of steps such as `cac:AccountingSupplierParty`, whose prefixes are
 * those of {@link NS}: elements are matched by namespace URI and local name, never by the
 * document's own prefixes, and each step takes the first child of that name, so a path from the
 * root never strays into a line's `cac:TaxTotal`. It reads the DOM the strict reader (`readXml`)
 * admits, or any DOM of `dom-types.ts`. It is hand-written rather than XPath on purpose: the
 * `xpath` package cannot walk `readXml`'s DOM, and over an xmldom DOM of the same text it made
 * signing and verification take about 2.1 times as long; its evaluation alone, 1.14 times
 * (`bench/src/ubl-reader.bench.ts`; core README, "Reading UBL").
 */
import { childElement, childElements, textOf } from '../xml/dom.ts';
import type { XmlDocument, XmlElement } from '../xml/dom-types.ts';
import { NS } from '../xml/namespaces.ts';

/** A prefix of {@link NS} that names elements (`cac`, `cbc`, `ext`, `ds`, …). */
export type UblPrefix = Exclude<keyof typeof NS, 'xml' | 'xmlns'>;

/** One step of a path: `cac:Party`, `cbc:ID`, `ext:UBLExtensions`. */
export type UblStep = `${UblPrefix}:${string}`;

function childNamed(parent: XmlElement, step: UblStep): XmlElement | undefined {
  const colon = step.indexOf(':');
  return childElement(parent, NS[step.slice(0, colon) as UblPrefix], step.slice(colon + 1));
}

/**
 * The element at the end of `steps` from `start`, taking the first child of each step's name;
 * `start` itself when there are no steps.
 *
 * @returns the element, or `undefined` when `start` is absent or a step finds nothing.
 * @throws never.
 * @example
 * ```ts
 * const supplier = elementAt(root, 'cac:AccountingSupplierParty', 'cac:Party');
 * ```
 */
export function elementAt(
  start: XmlElement | undefined,
  ...steps: readonly UblStep[]
): XmlElement | undefined {
  let current = start;
  for (const step of steps) {
    if (!current) return undefined;
    current = childNamed(current, step);
  }
  return current;
}

/**
 * Every element the last step names, under the element the steps before it lead to, in
 * document order.
 *
 * @returns the elements; empty when the path breaks off before the last step.
 * @throws never.
 * @example
 * ```ts
 * elementsAt(root, 'cac:InvoiceLine').length; // 10
 * elementsAt(root, 'cac:TaxTotal', 'cac:TaxSubtotal'); // the first tax total's subtotals
 * ```
 */
export function elementsAt(
  start: XmlElement | undefined,
  ...steps: readonly [...UblStep[], UblStep]
): XmlElement[] {
  const last = steps[steps.length - 1]!;
  const parent = elementAt(start, ...steps.slice(0, -1));
  if (!parent) return [];
  const colon = last.indexOf(':');
  return childElements(parent, NS[last.slice(0, colon) as UblPrefix], last.slice(colon + 1));
}

/**
 * The text of the element at the end of `steps` as written (its XPath string value: every
 * descendant text node, untrimmed). Signing reads QR values this way: the QR carries what the
 * document says, byte for byte.
 *
 * @returns the text, `''` for an empty element, `undefined` when the element is absent.
 * @throws never.
 * @example
 * ```ts
 * valueAt(root, 'cac:LegalMonetaryTotal', 'cbc:PayableAmount'); // '231.15'
 * ```
 */
export function valueAt(start: XmlElement | undefined, ...steps: readonly UblStep[]): string | undefined {
  return textOf(elementAt(start, ...steps));
}

/**
 * The trimmed text of the element at the end of `steps`. Absent reads as `undefined`, never as
 * `''`, so "missing" and "empty" stay distinguishable.
 *
 * @throws never.
 * @example
 * ```ts
 * textAt(root, 'cbc:IssueDate'); // '2022-08-17'
 * ```
 */
export function textAt(start: XmlElement | undefined, ...steps: readonly UblStep[]): string | undefined {
  return valueAt(start, ...steps)?.trim();
}

/**
 * An attribute of the element at the end of `steps`, as written.
 *
 * @returns the value, or `undefined` when the element or the attribute is absent.
 * @throws never.
 * @example
 * ```ts
 * attributeAt(root, 'name', 'cbc:InvoiceTypeCode'); // '0200000' (KSA-2)
 * ```
 */
export function attributeAt(
  start: XmlElement | undefined,
  attribute: string,
  ...steps: readonly UblStep[]
): string | undefined {
  return elementAt(start, ...steps)?.getAttribute(attribute) ?? undefined;
}

/**
 * The document's root if it is a UBL 2.1 `Invoice` (ZATCA issues credit and debit notes as
 * `Invoice` documents too). Each caller reports a wrong root in its own error family.
 *
 * @returns the root element, or `undefined` for any other root or none.
 * @throws never.
 * @example
 * ```ts
 * const root = invoiceRootOf(readXml(xml));
 * if (!root) throw new XmlError('not-an-invoice', '…');
 * ```
 */
export function invoiceRootOf(document: XmlDocument): XmlElement | undefined {
  const root = document.documentElement;
  return root?.localName === 'Invoice' && root.namespaceURI === NS.invoice ? root : undefined;
}

/**
 * How {@link documentReference} compares `cbc:ID`: `trimmed` as ZATCA's rules read it
 * (`normalize-space(cbc:ID) = 'PIH'`), `exact` as written, which is how the invoice hash picks
 * the QR reference it leaves out (signing-rules §1) and how signing reads its references, so that
 * the QR it reads is the one the hash leaves out.
 */
export type ReferenceMatch = 'trimmed' | 'exact';

/**
 * The root's first `cac:AdditionalDocumentReference` whose `cbc:ID` is `id`: `ICV` (KSA-16),
 * `PIH` (KSA-13) or `QR` (KSA-14).
 *
 * @returns the reference element, or `undefined` when there is none.
 * @throws never.
 * @example
 * ```ts
 * textAt(documentReference(root, 'ICV'), 'cbc:UUID'); // '10'
 * textAt(documentReference(root, 'PIH'), 'cac:Attachment', 'cbc:EmbeddedDocumentBinaryObject');
 * ```
 */
export function documentReference(
  root: XmlElement | undefined,
  id: string,
  match: ReferenceMatch = 'trimmed',
): XmlElement | undefined {
  const read = match === 'exact' ? valueAt : textAt;
  return elementsAt(root, 'cac:AdditionalDocumentReference').find(
    (reference) => read(reference, 'cbc:ID') === id,
  );
}
