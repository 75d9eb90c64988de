/**
 * Reading a parsed invoice by namespace URI and local name: the first child with a name, a path
 * of such steps, the `AdditionalDocumentReference` with a given `cbc:ID` (ICV, PIH, QR), and
 * element text. Core keeps its own helpers of this kind internal, so the simulator has these few.
 */
import { NS, type readXml } from '@fatoora/core/xml';

/** A document parsed by core's strict reader. */
export type InvoiceDocument = ReturnType<typeof readXml>;

/** The part of an element these helpers read. */
export interface ElementLike {
  readonly nodeType: number;
  readonly localName: string | null;
  readonly namespaceURI: string | null;
  readonly textContent: string | null;
  readonly firstChild: ElementLike | null;
  readonly nextSibling: ElementLike | null;
  getAttribute(name: string): string | null;
}

/**
 * The child elements of `parent` named `{namespaceURI}localName`.
 *
 * @example
 * ```ts
 * childrenNamed(root, NS.cac, 'InvoiceLine').length; // 3
 * ```
 */
export function childrenNamed(parent: ElementLike, namespaceURI: string, localName: string): ElementLike[] {
  const found: ElementLike[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && node.localName === localName && node.namespaceURI === namespaceURI)
      found.push(node);
  }
  return found;
}

/**
 * Follows `[namespaceURI, localName]` steps from `start`, taking the first match at each.
 *
 * @example
 * ```ts
 * pathOf(root, [NS.cac, 'AccountingSupplierParty'], [NS.cac, 'Party']);
 * ```
 */
export function pathOf(
  start: ElementLike | undefined,
  ...steps: readonly (readonly [string, string])[]
): ElementLike | undefined {
  let current = start;
  for (const [namespaceURI, localName] of steps) {
    if (!current) return undefined;
    current = childrenNamed(current, namespaceURI, localName)[0];
  }
  return current;
}

/**
 * The trimmed text of an element, or `undefined` when it is absent.
 *
 * @example
 * ```ts
 * textAt(pathOf(root, [NS.cbc, 'UUID'])); // '3cf5ee18-…'
 * ```
 */
export function textAt(element: ElementLike | undefined): string | undefined {
  return element ? (element.textContent ?? '').trim() : undefined;
}

/**
 * The root's `cac:AdditionalDocumentReference` whose `cbc:ID` is `id`.
 *
 * @example
 * ```ts
 * textAt(pathOf(documentReference(root, 'ICV'), [NS.cbc, 'UUID'])); // '7'
 * ```
 */
export function documentReference(root: ElementLike, id: string): ElementLike | undefined {
  return childrenNamed(root, NS.cac, 'AdditionalDocumentReference').find(
    (reference) => textAt(pathOf(reference, [NS.cbc, 'ID'])) === id,
  );
}
